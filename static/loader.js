// Starts the WebAssembly app. An external file because the page's CSP forbids inline scripts.
// A dynamic import, so that a missing or blocked glue file lands in the same catch as a failed
// WebAssembly start: the pre-rendered page stays as it is and a notice says the interactive
// parts are unavailable.
//
// It starts once the page has painted its text (the pre-rendered page needs no script), so that
// the 170 KB of WebAssembly never delays that first paint; a page that is not painted (a hidden
// frame) starts after a moment all the same.
// Tells early.js that the loader runs: without this mark, the notice shows at the load event.
document.documentElement.setAttribute('data-app', 'loading');

function start() {
  import('./sichuan-reform.js')
    .then(async (glue) => {
      // Compiling and starting the WebAssembly come in two tasks, not one long one. A host that
      // serves it with the wrong type cannot stream it: the glue's own start copes with that.
      let module;
      try {
        module = await WebAssembly.compileStreaming(fetch(new URL('sichuan-reform_bg.wasm', import.meta.url)));
      } catch {
        return glue.default();
      }
      await new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });
      return glue.default({ module_or_path: module });
    })
    .catch((err) => {
      console.warn('Interactive explainer unavailable:', err);
      const notice = document.getElementById('app-notice');
      if (notice) notice.hidden = false;
    });
}
let started = false;
const startOnce = () => {
  if (!started) {
    started = true;
    start();
  }
};
if ('PerformanceObserver' in window && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (painted()) startOnce();
  else {
    new PerformanceObserver((list, observer) => {
      if (painted()) {
        observer.disconnect();
        startOnce();
      }
    }).observe({ type: 'paint', buffered: true });
    setTimeout(startOnce, 300);
  }
} else startOnce();

// Offline support: the service worker (written by the site step: src/site/host.rs) precaches
// the site. Registered after the load event so it never competes with start-up; only over
// http(s), since file:// pages (the single-file build) cannot have one.
if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
  const register = () =>
    navigator.serviceWorker.register('./sw.js').catch((err) => console.warn('Offline copy unavailable:', err));
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
