// Runs before the body is parsed (a classic, blocking script: a few hundred bytes), so that an
// embedded view shows only itself, in its theme, from the first paint. The app parses and
// validates the same parameters (src/view.rs) once it starts and sets the final attributes.
(function () {
  var q = new URLSearchParams(location.search);
  var root = document.documentElement;
  if (q.has('embed')) root.setAttribute('data-embed', q.get('embed') || 'all');
  var theme = q.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  if (q.has('transparent') && !/^(0|false)$/.test(q.get('transparent'))) {
    root.setAttribute('data-transparent', 'true');
  }
})();
