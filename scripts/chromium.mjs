// Finds Debian's Chromium (or what CHROME_PATH names) for the browser tests and benchmarks. Browsers cannot be
// downloaded by npm on our machines, so a missing one is installed with apt-get when we are root, and
// otherwise the user is told the one command to run.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
];

export function findChromium() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is ${process.env.CHROME_PATH}, which does not exist`);
  }
  return CANDIDATES.find((p) => existsSync(p));
}

/** The path of a Chromium to use, installing Debian's package first when possible. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!root || !hasApt) {
    console.error(
      'No Chromium found for the browser tests (looked at CHROME_PATH, then ' +
        `${CANDIDATES.join(', ')}).\nInstall it with:\n\n  sudo apt-get install -y chromium\n\n` +
        'or set CHROME_PATH to a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
  console.error('No Chromium found; installing Debian\'s "chromium" package with apt-get...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) {
    console.error(
      'apt-get finished but no Chromium binary was found. Install it with: apt-get install -y chromium',
    );
    process.exit(1);
  }
  return installed;
}

/** Flags for headless Chromium on a closed network, as root or not. */
export function chromiumArgs() {
  const args = [
    '--headless=new',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    // Headless Chromium still loads the omnibox's popup, a WebUI page in a renderer of its own that no one
    // can see. In a trace of the benchmark page's first render of 10,000 events it ran 110 ms of CPU while the
    // page drew, on this 2-CPU machine, and the page's main thread waited for a CPU (wall 198 ms, CPU 98 ms;
    // with this flag 110 and 98). Newer Puppeteer releases disable both by default (puppeteer/puppeteer#15278);
    // puppeteer-core merges this list with its own.
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}
