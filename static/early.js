// Runs before the body is parsed (a classic, blocking script: keep it tiny), so that an embedded
// view shows only itself, in its theme, from the first paint. It reads the address exactly as
// the app's parser does (src/view.rs, View::from_url), so the app's attributes, set once it
// starts, are the same: the last value of a repeated key wins; a pair with a broken escape or
// invalid UTF-8 is skipped; only known values count. tests/e2e/early.test.mjs checks this
// against the parser's own results (tests/e2e/fixtures/url-cases.json).
(function () {
  // The views ?embed= accepts, and retired views with the view that now holds each: written in
  // by the build from the Rust that reads the address (src/prerender.rs, early_script).
  var views = /*@views*/[];
  var retired = /*@retired*/{};
  var root = document.documentElement;
  var decode = function (s) {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  };
  var embed, theme, transparent;
  var pairs = location.search.replace(/^\?+/, '').split('&');
  for (var i = 0; i < pairs.length; i++) {
    var pair = pairs[i];
    var eq = pair.indexOf('=');
    var key, value;
    if (!pair) continue;
    try {
      key = decode(eq < 0 ? pair : pair.slice(0, eq));
      value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    } catch (e) {
      continue;
    }
    if (key === 'embed') embed = !value ? 'all' : views.indexOf(value) >= 0 ? value : retired[value] || 'unknown';
    if (key === 'theme') theme = value === 'light' || value === 'dark' ? value : '';
    if (key === 'transparent') transparent = value !== '0' && value !== 'false';
  }
  // A view's own page (swjtu.html, written for link previews: docs/sharing.md; a retired view's
  // page too: military.html at the group that kept its id, money.html at the part that holds
  // most of its sums) is the whole explainer, opened at that view: once parsed, it goes to the
  // section as a link to #swjtu would (scrolled there, the focus starting point there), unless
  // the address names a place.
  var file = /([^/]*)\.html$/.exec(location.pathname);
  if (file && (views.indexOf(file[1]) >= 0 || retired[file[1]]) && !location.hash) {
    addEventListener('DOMContentLoaded', function () {
      var at = document.getElementById(file[1]) ? file[1] : retired[file[1]];
      if (!location.hash && at && document.getElementById(at)) location.replace('#' + at);
    });
  }
  if (embed) root.setAttribute('data-embed', embed);
  if (theme) root.setAttribute('data-theme', theme);
  if (transparent) root.setAttribute('data-transparent', 'true');

  // If loader.js never runs (missing, blocked, broken), nothing else would say that the page
  // stays static: at load, a page it did not mark shows the notice.
  addEventListener('load', function () {
    var notice = document.getElementById('app-notice');
    if (notice && !root.hasAttribute('data-app')) notice.hidden = false;
  });
  // The shipped build turns a Rust panic into a bare WebAssembly trap (panic=immediate-abort, see
  // the Makefile), so no panic hook runs: the trap surfaces as a RuntimeError thrown out of the
  // event, timer or promise callback that entered the WebAssembly. After one the app's state
  // cannot be trusted, so the notice says so, as when the app cannot start. Here rather than in
  // loader.js, so that the single-file build, which inlines this file, has it too.
  var trapped = function (err) {
    var notice = document.getElementById('app-notice');
    if (notice && typeof WebAssembly === 'object' && err instanceof WebAssembly.RuntimeError) notice.hidden = false;
  };
  addEventListener('error', function (e) {
    trapped(e.error);
  });
  addEventListener('unhandledrejection', function (e) {
    trapped(e.reason);
  });
  // The notice is a toast over the page; its button dismisses it.
  addEventListener('click', function (e) {
    var close = e.target.closest && e.target.closest('#app-notice button');
    if (close) close.parentNode.hidden = true;
  });
})();
