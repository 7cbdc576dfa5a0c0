// Screenshot pixels for the accessibility tests: what a reader sees, not computed styles (a
// style can be set and still not show, as the clipped toggle ring did). PNGs are decoded by the
// page's own canvas, so no image library is needed.

/** Decodes PNG screenshots with the page's canvas: `{ width, height, at(x, y) }` each, where
 * `at` gives [r, g, b]. (Small clips only: the pixels come back to Node as an array.) */
export async function decode(page, ...pngs) {
  const raw = await page.evaluate(async (srcs) => Promise.all(srcs.map((src) => new Promise((resolve) => {
    const img = new Image();
    img.onload = () => {
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      resolve({ width: img.width, height: img.height, data: Array.from(ctx.getImageData(0, 0, img.width, img.height).data) });
    };
    img.src = `data:image/png;base64,${src}`;
  }))), pngs.map((p) => p.toString('base64')));
  return raw.map(({ width, height, data }) => ({
    width, height,
    at: (x, y) => { const i = (y * width + x) * 4; return [data[i], data[i + 1], data[i + 2]]; },
  }));
}

/** Whether two colours differ by more than a rounding wobble. */
export const differs = (a, b) => Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) > 30;

/** How many pixels differ between two PNG screenshots of the same size. */
export async function changedPixels(page, a, b) {
  const [ia, ib] = await decode(page, a, b);
  let n = 0;
  for (let y = 0; y < ia.height; y++) for (let x = 0; x < ia.width; x++) if (differs(ia.at(x, y), ib.at(x, y))) n++;
  return n;
}

/** WCAG 2 contrast ratio of two [r, g, b] colours (0-255). */
export function contrast(a, b) {
  const lum = ([r, g, b]) => {
    const ch = (v) => {
      v /= 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
  };
  const [x, y] = [lum(a), lum(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

