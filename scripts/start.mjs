// `npm start`: build the package, extract the seed articles into the demo's timeline JSON, and serve the demo.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';

function run(command, args) {
  console.log(`> ${[command, ...args].join(' ')}`);
  const r = spawnSync(command, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`"${[command, ...args].join(' ')}" failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status || 1);
  }
}

/** The first free port from `from` upward, so a second `npm start` does not fail on a busy port. */
function freePort(from) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (e) =>
      e.code === 'EADDRINUSE' && from < 65535 ? resolve(freePort(from + 1)) : reject(e),
    );
    server.listen(from, '127.0.0.1', () => server.close(() => resolve(from)));
  });
}

run('npm', ['run', 'build']);
run(process.execPath, [
  'dist/bin/conflict-timeline.js',
  'extract',
  'seeds',
  '--out',
  'demo/palmyra.timeline.json',
]);

const port = await freePort(Number(process.env.PORT) || 8000);
await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`\nDemo: http://127.0.0.1:${port}/demo/\nPress Ctrl+C to stop.`);
