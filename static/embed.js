// Host-page script of the Sichuan reform explainer (docs/embedding.md): sizes each
// <iframe data-sichuan-reform> as its page asks; defines <sichuan-reform-explainer>.
(() => {
  const T = 'sichuan-reform-explainer:height';
  const set = (el, props) => {
    for (const k in props) el.style.setProperty(k, props[k], 'important');
  };
  // http(s) only: javascript: runs in this page; data: has origin "null".
  const web = (s, base) => {
    try {
      const u = new URL(s, base);
      if (/^https?:$/.test(u.protocol)) return u;
    } catch {}
  };
  addEventListener('message', (e) => {
    const d = e.data;
    const h = d && d.type === T && d.height;
    if (typeof h !== 'number' || !(h > 0 && h < 1e6)) return;
    for (const f of document.querySelectorAll('iframe[data-sichuan-reform]')) {
      if (f.contentWindow === e.source) {
        if (web(f.src)?.origin === e.origin) set(f, { height: Math.ceil(h) + 'px', 'box-sizing': 'content-box' });
        return;
      }
    }
  });
  const N = 'sichuan-reform-explainer';
  const A = ['src', 'view', 'theme', 'label'];
  if (!window.customElements || customElements.get(N)) return;
  customElements.define(N, class extends HTMLElement {
    static observedAttributes = A;
    connectedCallback() { this.attributeChangedCallback(); }
    attributeChangedCallback() {
      const [src, view, theme, label] = A.map((a) => this.getAttribute(a));
      const u = src && this.isConnected && web(src, document.baseURI);
      let f = this.querySelector('iframe');
      if (!u) return f && f.remove();
      u.searchParams.append('embed', view || '');
      if (theme) u.searchParams.append('theme', theme);
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
