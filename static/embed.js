// Sichuan reform explainer, host-page script (README "Embedding"): sizes each
// <iframe data-sichuan-reform> to the height its own window reports, from its src's origin;
// defines <sichuan-reform-explainer src view theme label>, which makes such an iframe.
(() => {
  const T = 'sichuan-reform-explainer:height';
  const set = (el, props) => {
    for (const k in props) el.style.setProperty(k, props[k], 'important');
  };
  addEventListener('message', (e) => {
    const d = e.data;
    const h = d && d.type === T && d.height;
    if (typeof h !== 'number' || !(h > 0 && h < 1e6)) return;
    for (const f of document.querySelectorAll('iframe[data-sichuan-reform]')) {
      if (f.contentWindow === e.source) {
        if (new URL(f.src, location).origin === e.origin) set(f, { height: Math.ceil(h) + 'px', 'box-sizing': 'content-box' });
        return;
      }
    }
  });
  const N = 'sichuan-reform-explainer';
  const A = ['src', 'view', 'theme', 'label'];
  if (!window.customElements || customElements.get(N)) return;
  customElements.define(N, class extends HTMLElement {
    static get observedAttributes() { return A; }
    connectedCallback() { this.attributeChangedCallback(); }
    attributeChangedCallback() {
      const [src, view, theme, label] = A.map((a) => this.getAttribute(a));
      if (!src || !this.isConnected) return;
      const u = new URL(src, document.baseURI);
      const q = 'embed' + (view ? '=' + encodeURIComponent(view) : '') + (theme ? '&theme=' + encodeURIComponent(theme) : '');
      u.search = u.search ? u.search + '&' + q : q;
      let f = this.querySelector('iframe');
      if (!f) {
        f = document.createElement('iframe');
        f.setAttribute('data-sichuan-reform', '');
        f.loading = 'lazy';
        set(f, { display: 'block', width: '100%', border: '0', margin: '0', padding: '0', height: (view ? 600 : 2400) + 'px', 'box-sizing': 'content-box' });
        this.style.display = 'block';
        this.append(f);
      }
      f.title = label || 'Sichuan reform explainer' + (view ? ': ' + view : '');
      if (f.src !== u.href) f.src = u.href;
    }
  });
})();
