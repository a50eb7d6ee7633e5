// npm run bench:timex: throughput of the temporal engine and of chrono-node alone, over the TempEval-3
// training corpus (TimeBank + AQUAINT, tbaq-cleaned), measured in the same run. The corpus is not shipped
// with the package: set TBAQ_DIR, or keep ../shared/eval-data beside the project.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { tagTimexes } from '../src/extract/timex/index.js';
import { chronoTimexes } from './chrono-baseline.js';

const dir =
  process.env.TBAQ_DIR ?? fileURLToPath(new URL('../../shared/eval-data/tbaq-cleaned', import.meta.url));
if (!existsSync(dir)) {
  console.error(`No corpus at ${dir}: set TBAQ_DIR to a folder of TimeML .tml files.`);
  process.exit(1);
}

/** Text and creation date of each .tml file: the content of <TEXT> without tags, as the scorer reads it. */
function readTml(path: string): { text: string; dct: string } | undefined {
  const xml = readFileSync(path, 'utf8');
  const tag = /<TIMEX3\b[^>]*functionInDocument=["']CREATION_TIME["'][^>]*>/.exec(xml)?.[0] ?? '';
  const dct = /\bvalue=["'](\d{4})-?(\d{2})-?(\d{2})/.exec(tag);
  const body = /<TEXT\b[^>]*>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!dct || !body) return undefined;
  const text = body[1]!
    .replace(/<[^>]*>/g, '')
    .replace(
      /&(amp|lt|gt|quot|apos);/g,
      (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!,
    );
  return { text, dct: `${dct[1]}-${dct[2]}-${dct[3]}` };
}

const files: string[] = [];
const walk = (d: string) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.tml')) files.push(p);
  }
};
walk(dir);
const docs = files.map(readTml).filter((d): d is { text: string; dct: string } => d !== undefined);
const chars = docs.reduce((n, d) => n + d.text.length, 0);

function measure(name: string, tag: (text: string, dct: string) => unknown[], rounds = 5) {
  for (const d of docs) tag(d.text, d.dct); // warm-up: JIT and lazily compiled patterns
  const times: number[] = [];
  let found = 0;
  for (let r = 0; r < rounds; r++) {
    found = 0;
    const t0 = performance.now();
    for (const d of docs) found += tag(d.text, d.dct).length;
    times.push(performance.now() - t0);
  }
  const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  return { name, ms, found };
}

const results = [measure('conflict-timeline', tagTimexes), measure('chrono-node 2.10 alone', chronoTimexes)];
console.log(
  `corpus: ${docs.length} documents, ${chars.toLocaleString('en')} characters (median of 5 runs)\n`,
);
console.log('engine                     total ms   documents/s   characters/s   timexes');
for (const r of results) {
  console.log(
    `${r.name.padEnd(26)} ${r.ms.toFixed(1).padStart(8)}   ${((docs.length / r.ms) * 1000).toFixed(0).padStart(11)}   ${((chars / r.ms) * 1000).toFixed(0).padStart(12)}   ${String(r.found).padStart(7)}`,
  );
}
const [ours, chrono] = results as [ReturnType<typeof measure>, ReturnType<typeof measure>];
console.log(
  `\nratio (chrono-node time / ours): ${(chrono.ms / ours.ms).toFixed(2)}; target: all documents in under 2000 ms: ${ours.ms < 2000 ? 'met' : 'NOT met'}`,
);
