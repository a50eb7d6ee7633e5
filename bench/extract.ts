// npm run bench:extract [folder]: throughput of the whole extraction pipeline over the FA-KES development
// articles. Reading the files and loading the modules are start-up and are not timed; what is timed is
// extractTimeline over all articles at once, as the CLI runs it. The articles are not shipped with the
// package: pass their folder, set FAKES_DATA, or keep ../shared/eval-data beside the project.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { readArticle, type Article } from '../src/extract/article.js';
import { extractTimeline } from '../src/extract/pipeline.js';

/** The target the project set: the 179 development articles in under a second. */
const TARGET = { articles: 179, ms: 1000 };
const ROUNDS = 5;

const dir =
  process.argv[2] ??
  process.env.FAKES_DATA ??
  fileURLToPath(new URL('../../shared/eval-data/fakes-dev/articles', import.meta.url));
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(
    `No articles at ${dir}: pass a folder of .txt articles as the first argument or set FAKES_DATA.`,
  );
  process.exit(2);
}

const articles: Article[] = [];
for (const name of readdirSync(dir).sort()) {
  if (!/\.(?:txt|md)$/i.test(name) || /^README\.md$/i.test(name)) continue;
  const sidecar = join(dir, name.replace(/\.[^.]*$/, '.meta.json'));
  const { article, problems } = readArticle({
    file: name,
    bytes: readFileSync(join(dir, name)),
    ...(existsSync(sidecar) ? { sidecar: { file: sidecar, text: readFileSync(sidecar, 'utf8') } } : {}),
  });
  if (article) articles.push(article);
  else console.error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
}
if (!articles.length) {
  console.error(`No readable .txt or .md articles in ${dir}.`);
  process.exit(2);
}
const chars = articles.reduce((n, a) => n + a.text.length, 0);

extractTimeline(articles); // warm-up: JIT, lazily built patterns and the gazetteer
const times: number[] = [];
let events = 0;
for (let r = 0; r < ROUNDS; r++) {
  const t0 = performance.now();
  events = extractTimeline(articles).events.length;
  times.push(performance.now() - t0);
}
const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
// On another corpus the target scales with its size, so that "met" still means the same speed.
const budget = (TARGET.ms * articles.length) / TARGET.articles;

console.log(`corpus: ${dir}`);
console.log(
  `${articles.length} articles, ${chars.toLocaleString('en')} characters, ${events} events (median of ${ROUNDS} runs after a warm-up)\n`,
);
console.log('median ms   articles/s   characters/s');
console.log(
  `${ms.toFixed(1).padStart(9)}   ${((articles.length / ms) * 1000).toFixed(0).padStart(10)}   ${((chars / ms) * 1000).toFixed(0).padStart(12)}`,
);
console.log(
  `\ntarget: ${TARGET.articles} articles in under ${TARGET.ms} ms` +
    (articles.length === TARGET.articles
      ? ''
      : ` (${articles.length} articles here: under ${budget.toFixed(0)} ms)`) +
    `: ${ms < budget ? 'met' : 'NOT met'}`,
);
