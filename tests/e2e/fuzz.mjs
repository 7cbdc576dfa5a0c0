// Seeded inputs for the fuzz tests (fuzz.test.mjs, messages.test.mjs): the same addresses and
// messages on every run and machine, so a failure names an input that fails again.

/** mulberry32: a tiny seeded generator; `pick`, `int` and `chance` on top of it. */
export function seeded(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

/** Sets `window.__pwned` if ever run, in whatever context it lands. */
export const PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  "'-alert(1)-'",
  'javascript:window.__pwned=1',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
];

const KEYS = ['embed', 'theme', 'transparent', 'swjtu', 'money', 'tables', 'source', 'area', 'utm_source', 'childId', '%65mbed', 'x'];
const VALUES = [
  '', 'pilot', 'military', 'mianyang', 'shared-ownership', 'swjtu', 'ip', 'money', 'timeline', 'bogus', 'light', 'dark',
  'auto', '0', 'false', '1', 'per-year', 'totals', 'log', 'linear', 'swjtu,money', 'money,,nope', 'swjtu-startups',
  'mci-revenue-2017', 'industry', 'scitech', 'military-civilian', 'newsletter', '%ZZ', '%', '%+1', '%C3', '%C3%A9',
  '%F0%9F%92%A5', '%00', 'a+b', '%73wjtu', 'é', '💥', ...PAYLOADS,
];
const HASHES = [
  '', '#', '#event-report-2018', '#event-mianyang-equipment-platform', '#event-swjtu-first-year', '#event-nope',
  '#event-', '#main', '#event-%ZZ', ...PAYLOADS.map((p) => '#' + p), '#event-' + PAYLOADS[0],
];

/** `count` addresses (query and fragment, to append to the page URL), the first ones picked. */
export function addresses(count, seed = 13) {
  const picked = [
    '?utm_source=newsletter&source=swjtu-startups',
    '?tables=money,swjtu#event-report-2018',
    '?area=industry#event-mianyang-equipment-platform',
    '?embed=bogus', '?embed=swjtu&embed=money', '?theme=dark&theme=light', '?transparent&transparent=0',
    '?embed=%ZZ&theme=purple', '??embed=money', '?embed=%+1', '?source=' + PAYLOADS[0],
  ];
  const rng = seeded(seed);
  const out = picked.slice(0, count);
  while (out.length < count) {
    const pairs = Array.from({ length: rng.int(5) }, () => {
      const key = rng.pick(KEYS);
      return rng.chance(0.15) ? key : `${key}=${rng.pick(VALUES)}`;
    });
    if (rng.chance(0.1)) pairs.push(''); // a stray "&"
    out.push((pairs.length || rng.chance(0.5) ? '?' : '') + pairs.join('&') + rng.pick(HASHES));
  }
  return out;
}

const TYPE = 'sichuan-reform-explainer:height';

/** `count` messages that are not a legitimate height report from a tracked frame's own page. */
export function messages(count, seed = 2018) {
  const rng = seeded(seed);
  const heights = [0, -1, 1, 33, 77, 1e9, 1e6, 999999.5, NaN, Infinity, -Infinity, '77', '77px', null, undefined, true, [77], { valueOf: 77 }];
  const makers = [
    () => ({ type: TYPE, height: rng.pick(heights), view: rng.pick(['all', 'swjtu', 'nope', 42]) }),
    () => ({ type: TYPE, height: 10 + rng.int(3000) }),
    () => ({ type: TYPE.toUpperCase(), height: 55 }),
    () => ({ sentinel: 'amp', type: 'embed-size', height: rng.pick(heights) }),
    () => `pymxPYMx${rng.pick(['pym-child', 'slot-whole', 'x', ''])}xPYMx${rng.pick(['height', 'width', 'navigateTo', 'scrollToChildPos'])}xPYMx${rng.pick(['1', '300', 'javascript:window.__pwned=1', PAYLOADS[0]])}`,
    () => rng.pick(PAYLOADS),
    () => rng.pick([null, undefined, 0, 42, NaN, '', 'garbage', true]),
    () => [TYPE, rng.int(500)],
    () => ({ type: TYPE, height: 66, nested: { deep: [1, 2, { type: TYPE, height: 88 }] } }),
    () => ({ height: 44 }),
    () => new Array(rng.int(50)).fill(PAYLOADS[1]).join(''),
  ];
  return Array.from({ length: count }, () => rng.pick(makers)());
}
