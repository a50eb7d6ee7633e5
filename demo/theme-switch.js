// The landing page's theme switch: the radio buttons set the element's `theme` attribute, and the page's own
// colours with it. `?theme=dark` in the address picks one from a link; the choice is written back there, so
// that a dark view can be shared.
const THEMES = ['auto', 'light', 'dark'];

const radios = [...document.querySelectorAll('input[name="theme"]')];

/** Applies a theme to the page and to every timeline on it. */
function applyTheme(theme) {
  document.documentElement.dataset.theme = theme;
  for (const timeline of document.querySelectorAll('conflict-timeline'))
    timeline.setAttribute('theme', theme);
  for (const radio of radios) radio.checked = radio.value === theme;
}

const url = new URL(window.location.href);
const fromAddress = url.searchParams.get('theme');
applyTheme(THEMES.includes(fromAddress) ? fromAddress : 'auto');

for (const radio of radios) {
  radio.addEventListener('change', () => {
    if (!radio.checked) return;
    applyTheme(radio.value);
    const next = new URL(window.location.href);
    if (radio.value === 'auto') next.searchParams.delete('theme');
    else next.searchParams.set('theme', radio.value);
    // Replaced, not pushed: trying themes should not fill the back button's history.
    window.history.replaceState(window.history.state, '', next);
  });
}
