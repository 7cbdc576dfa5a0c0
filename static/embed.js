// Host-page script for embedding the Sichuan reform explainer (README "Embedding").
// 1. Resizes every <iframe data-sichuan-reform> to the height its content reports.
// 2. Defines <sichuan-reform-explainer src="…/index.html" view="timeline" theme="auto">, which
//    creates such an iframe.
// A message is trusted only if it comes from one of those iframes' windows (event.source), from
// the origin of that iframe's src, and has the shape {type: T, height: <positive number>}.
(() => {
  const T = 'sichuan-reform-explainer:height';
  if (window[T]) return; // loaded twice
  window[T] = 1;
  const important = (el, props) => {
    for (const k in props) el.style.setProperty(k, props[k], 'important');
  };
  addEventListener('message', (e) => {
    const d = e.data;
    const h = d && typeof d === 'object' && d.type === T && d.height;
    if (typeof h !== 'number' || !(h > 0 && h < 1e6)) return;
    for (const f of document.querySelectorAll('iframe[data-sichuan-reform]')) {
      if (f.contentWindow !== e.source) continue;
      let origin;
      try { origin = new URL(f.src, location.href).origin; } catch (_) { return; }
      if (origin === e.origin) important(f, { height: Math.ceil(h) + 'px', 'box-sizing': 'content-box' });
      return;
    }
  });
  if (!window.customElements || customElements.get('sichuan-reform-explainer')) return;
  const ATTRS = ['src', 'view', 'theme', 'label'];
  customElements.define('sichuan-reform-explainer', class extends HTMLElement {
    static get observedAttributes() { return ATTRS; }
    connectedCallback() { this.render(); }
    attributeChangedCallback() { if (this.isConnected) this.render(); }
    render() {
      const [src, view, theme, label] = ATTRS.map((a) => this.getAttribute(a));
      if (!src) return;
      let url;
      try { url = new URL(src, document.baseURI); } catch (_) { return; }
      let q = 'embed' + (view ? '=' + encodeURIComponent(view) : '');
      if (theme) q += '&theme=' + encodeURIComponent(theme);
      url.search = url.search ? url.search + '&' + q : q;
      let f = this.firstElementChild;
      if (!f || f.localName !== 'iframe') {
        f = document.createElement('iframe');
        f.setAttribute('data-sichuan-reform', '');
        f.loading = 'lazy';
        important(f, { display: 'block', width: '100%', 'max-width': '100%', border: '0', margin: '0', padding: '0', height: (view ? 600 : 2400) + 'px', 'box-sizing': 'content-box' });
        this.style.display = 'block';
        this.appendChild(f);
      }
      f.title = label || 'How Sichuan turned a reform pilot into results: interactive explainer' + (view ? ' (' + view + ')' : '');
      if (f.src !== url.href) f.src = url.href;
    }
  });
})();
