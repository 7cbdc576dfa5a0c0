// The files of dist/ that only link previews and crawlers fetch, all written by the site step
// (src/site.rs, docs/sharing.md): each view's page (`swjtu.html`: the explainer with that
// view's share tags), the share images, sitemap.xml and robots.txt. No visit to the explainer
// fetches them, so the service worker does not precache them and the size budget does not count
// them (scripts/size.mjs); offline, the cached index.html stands in for a view's page.
// A test oracle: the site step decides this itself (src/site.rs, `is_crawler_only`); this
// restatement is what the offline test compares the service worker's precache list with.
const OWN_PAGES = new Set(['index.html', 'sichuan-reform-explainer.html']);

/** A view's page: an .html file beside index.html other than the explainer's own two. */
export const isViewPage = (file) => /^[^/]+\.html$/.test(file) && !OWN_PAGES.has(file);

/** `file` (relative to dist/, with `/`) is only fetched by crawlers and link previews. */
export const isCrawlerOnly = (file) =>
  isViewPage(file) || file.startsWith('share/') || file === 'sitemap.xml' || file === 'robots.txt';
