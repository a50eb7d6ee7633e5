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
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}
