// The command line: arguments and file IO only; everything else is in src/extract and src/schema.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  extractTimeline,
  formatProblem,
  readArticle,
  tagTimexes,
  type Article,
  type InputProblem,
} from '../src/extract/index.js';
import { formatTimelineError, validateTimeline } from '../src/schema/index.js';

/** Exit codes, as documented in the README and in `--help`. */
const EXIT = { ok: 0, inputErrors: 1, usage: 2 } as const;

const HELP: Record<string, string> = {
  main: `conflict-timeline: news articles to a sourced, dated timeline

Usage: conflict-timeline <command> [options]

Commands:
  extract <files or folders...> --out <file>   read articles, write timeline JSON
  timex                                         tag time expressions (JSON lines on stdin/stdout)
  validate <timeline.json>                      check a timeline against the schema

Run "conflict-timeline <command> --help" for a command's options.

Exit codes: 0 success; 1 some input was invalid (messages on stderr name the file
and line or the JSON path; everything valid was still processed); 2 usage error.`,
  extract: `Usage: conflict-timeline extract <files or folders...> --out <file> [--title <text>] [--quiet]

Reads .txt and .md articles (folders are searched recursively). Metadata comes
from YAML front matter or a <name>.meta.json file beside the article: title,
publisher, wire, published (YYYY-MM-DD), url. Writes the timeline JSON,
validated against the schema, to --out ("-" for stdout).

Exit codes: 0 all articles read; 1 some article failed or the result did not
validate (the rest is still written); 2 usage error.`,
  timex: `Usage: conflict-timeline timex

Reads one JSON object per line on stdin: {"id": "...", "dct": "YYYY-MM-DD", "text": "..."}
Writes one per line on stdout: {"id": "...", "timexes": [{"start", "end", "type", "value"}]}
Offsets are JavaScript string indices into "text", end exclusive.

Exit codes: 0 every line answered; 1 some line was not valid input (an error
line {"id", "error"} was written for it); 2 usage error.`,
  validate: `Usage: conflict-timeline validate <timeline.json>

Checks a timeline file against the timeline schema (version 1) and prints each
problem as "<file>: <JSON path>: <what was expected>".

Exit codes: 0 valid; 1 invalid or unreadable; 2 usage error.`,
};

function usage(command: string, message?: string): number {
  if (message) process.stderr.write(`conflict-timeline: ${message}\n\n`);
  (message ? process.stderr : process.stdout).write(`${HELP[command] ?? HELP.main}\n`);
  return message ? EXIT.usage : EXIT.ok;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') return usage('main');
  if (!(command in HELP) || command === 'main') return usage('main', `unknown command "${command}"`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        out: { type: 'string', short: 'o' },
        title: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
      },
      strict: true,
    });
  } catch (e) {
    return usage(command, (e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return usage(command);
  switch (command) {
    case 'extract':
      if (!positionals.length) return usage(command, 'extract needs at least one file or folder');
      if (!values.out) return usage(command, 'extract needs --out <file>');
      return extract(positionals, values.out, values.title, values.quiet ?? false);
    case 'validate':
      if (positionals.length !== 1) return usage(command, 'validate takes exactly one file');
      return validate(positionals[0]!);
    case 'timex':
      if (positionals.length) return usage(command, 'timex takes no arguments; it reads stdin');
      return timex();
    default:
      return usage('main', `unknown command "${command}"`);
  }
}

/** Article files under the given paths, in a stable order, with what could not be listed. */
function listArticles(paths: string[], problems: InputProblem[]): string[] {
  const files: string[] = [];
  const visit = (path: string, named: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      problems.push({ severity: 'error', file: path, message: 'no such file or folder' });
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith('.')) visit(join(path, name), false);
    } else if (/\.(?:txt|md)$/i.test(path) && !/(?:^|[\\/])README\.md$/i.test(path)) {
      files.push(path);
    } else if (named) {
      problems.push({ severity: 'error', file: path, message: 'expected a .txt or .md article or a folder' });
    }
  };
  for (const p of paths) visit(p, true);
  return files;
}

function extract(paths: string[], out: string, title: string | undefined, quiet: boolean): number {
  const problems: InputProblem[] = [];
  const files = listArticles(paths, problems);
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    if (!quiet && process.stderr.isTTY) process.stderr.write(`\rreading ${i + 1}/${files.length}`);
    const name = relative(process.cwd(), file) || file;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      problems.push({
        severity: 'error',
        file: name,
        message: `unreadable (${(e as NodeJS.ErrnoException).code ?? e})`,
      });
      continue;
    }
    const sidecarPath = file.replace(/\.[^.\\/]*$/, '.meta.json');
    const sidecar = existsSync(sidecarPath)
      ? { file: relative(process.cwd(), sidecarPath), text: readFileSync(sidecarPath, 'utf8') }
      : undefined;
    const result = readArticle({ file: name, bytes, ...(sidecar ? { sidecar } : {}) });
    problems.push(...result.problems);
    if (!result.article) continue;
    const other = seen.get(result.article.id);
    if (other) {
      problems.push({
        severity: 'error',
        file: name,
        message: `same source id "${result.article.id}" as ${other}; skipped`,
      });
      continue;
    }
    seen.set(result.article.id, name);
    if (!result.article.metadata.published) {
      problems.push({
        severity: 'warning',
        file: name,
        message: 'no publication date; relative dates cannot be resolved',
      });
    }
    articles.push(result.article);
  }
  if (!quiet && process.stderr.isTTY && files.length) process.stderr.write('\n');
  const timeline = extractTimeline(articles, title ? { title } : {});
  const check = validateTimeline(timeline);
  for (const e of check.errors)
    problems.push({ severity: 'error', file: out, message: formatTimelineError(e) });
  const json = `${JSON.stringify(timeline, null, 2)}\n`;
  if (out === '-') process.stdout.write(json);
  else writeFileSync(out, json);
  for (const p of problems)
    if (!quiet || p.severity === 'error') process.stderr.write(`${formatProblem(p)}\n`);
  if (!quiet) {
    process.stderr.write(
      `${articles.length} of ${files.length} article(s) read, ${timeline.events.length} event(s)${out === '-' ? '' : ` written to ${out}`}\n`,
    );
  }
  return problems.some((p) => p.severity === 'error') ? EXIT.inputErrors : EXIT.ok;
}

function validate(file: string): number {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    process.stderr.write(`${file}: ${(e as Error).message}\n`);
    return EXIT.inputErrors;
  }
  const { valid, errors } = validateTimeline(data);
  for (const e of errors) process.stderr.write(`${file}: ${formatTimelineError(e)}\n`);
  if (valid) process.stdout.write(`${file}: valid timeline\n`);
  return valid ? EXIT.ok : EXIT.inputErrors;
}

async function timex(): Promise<number> {
  let failed = false;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let id: unknown;
    try {
      const doc = JSON.parse(line) as { id?: unknown; dct?: unknown; text?: unknown };
      id = doc.id;
      if (typeof doc.text !== 'string') throw new Error('expected "text" to be a string');
      if (typeof doc.dct !== 'string') throw new Error('expected "dct" to be a date written YYYY-MM-DD');
      const timexes = tagTimexes(doc.text, doc.dct).map(({ start, end, type, value }) => ({
        start,
        end,
        type,
        value,
      }));
      process.stdout.write(`${JSON.stringify({ id, timexes })}\n`);
    } catch (e) {
      failed = true;
      process.stdout.write(
        `${JSON.stringify({ id: id ?? null, error: `stdin line ${n}: ${(e as Error).message}` })}\n`,
      );
      process.stderr.write(`stdin line ${n}: ${(e as Error).message}\n`);
    }
  }
  return failed ? EXIT.inputErrors : EXIT.ok;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`conflict-timeline: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 70;
  },
);
