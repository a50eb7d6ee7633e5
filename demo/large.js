// The large demo: loads the generated timeline, hands it to the element as a property, says how many events
// it holds and how long the first drawing took, and switches the lanes with the radio buttons.
const DATA_URL = 'large.timeline.json';

const timeline = document.querySelector('conflict-timeline');
const note = document.getElementById('large-note');
const numbers = new Intl.NumberFormat('en');

for (const radio of document.querySelectorAll('input[name="group-by"]')) {
  radio.addEventListener('change', () => {
    if (radio.checked) timeline.groupBy = radio.value;
  });
}

/** Resolves after the next frame has been painted. */
function nextPaint() {
  return new Promise((resolve) => window.requestAnimationFrame(() => window.setTimeout(resolve, 0)));
}

async function show() {
  let data;
  try {
    const response = await fetch(DATA_URL);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    data = await response.json();
  } catch (e) {
    // Written by `npm start` from bench/synthetic-timeline.ts; a checkout without it has no large file.
    note.textContent = `Could not load ${DATA_URL} (${e.message}). Run npm start to generate it.`;
    return;
  }
  await customElements.whenDefined('conflict-timeline');
  const started = window.performance.now();
  timeline.data = data;
  await timeline.updateComplete;
  await nextPaint();
  const drawn = Math.round(window.performance.now() - started);
  const events = data.events ?? [];
  const dated = events.filter((e) => e && e.date).length;
  note.textContent =
    `${numbers.format(events.length)} events (${numbers.format(dated)} dated, ` +
    `${numbers.format(events.length - dated)} undated) from ${numbers.format(data.sources?.length ?? 0)} ` +
    `sources; first drawn in ${numbers.format(drawn)} ms.`;
}

void show();
