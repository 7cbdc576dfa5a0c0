// The peer page's own code (bench/README.md): the explainer's figures drawn the way a newsroom
// page without our tools would draw them, with Chart.js 4 (one bar chart per chart of ours, with
// a totals/per-year style toggle) and TimelineJS3 (the events). Its data, `PEER_DATA` in
// peer-data.js, is read off the explainer's own pre-rendered tables by scripts/peer.mjs, so the
// two pages show the same figures. Never deployed: it exists to be measured against.
/* global Chart, TL, PEER_DATA */
for (const chart of PEER_DATA.charts) {
  const canvas = document.getElementById(chart.canvas);
  const instance = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: chart.rows.map((r) => r.label),
      datasets: [{ label: chart.title, data: chart.rows.map((r) => r.value), backgroundColor: '#2a6f97' }],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false }, title: { display: false } },
      scales: { x: { type: 'linear', beginAtZero: true } },
    },
  });
  // Our charts' toggles (totals/per year, linear/logarithmic) as the peer would offer them: one
  // button that switches the value axis between a linear and a logarithmic scale.
  const toggle = document.getElementById(`${chart.canvas}-toggle`);
  toggle.addEventListener('click', () => {
    const log = instance.options.scales.x.type === 'linear';
    instance.options.scales.x = log ? { type: 'logarithmic' } : { type: 'linear', beginAtZero: true };
    toggle.setAttribute('aria-pressed', String(log));
    instance.update();
  });
}

new TL.Timeline('peer-timeline', { events: PEER_DATA.events }, { font: null, hash_bookmark: false, language: 'en' });
