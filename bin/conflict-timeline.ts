// The command line: arguments and file IO only; everything else is in src/extract and src/schema.
import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  extractTimeline,
  formatProblem,
  MAX_ARTICLE_BYTES,
  readArticle,
  tagTimexes,
  type Article,
  type InputProblem,
} from '../src/extract/index.js';
import type { TimelineJsDocument } from '../src/extract/timelinejs.js';
import { timelineFallbackHtml } from '../src/fallback/index.js';
import {
  formatTimelineError,
  partitionTimeline,
  validateTimeline,
  type Timeline,
} from '../src/schema/index.js';

/** Exit codes, as documented in the README and in `--help`. */
const EXIT = { ok: 0, inputErrors: 1, usage: 2 } as const;

const HELP: Record<string, string> = {
  main: `conflict-timeline: news articles to a sourced, dated timeline

Usage: conflict-timeline <command> [options]

Commands:
  extract <files or folders...> --out <file>   read articles, write timeline JSON
  timex                                         tag time expressions (JSON lines on stdin/stdout)
  validate <timeline.json>                      check a timeline against the schema
  html <timeline.json> [--out <file>]           write the element with its no-JavaScript fallback

Run "conflict-timeline <command> --help" for a command's options.

Exit codes: 0 success; 1 some input was invalid (messages on stderr name the file
and line or the JSON path; everything valid was still processed); 2 usage error.`,
  extract: `Usage: conflict-timeline extract <files or folders...> --out <file>
         [--format json|timelinejs] [--title <text>] [--quiet]

Reads .txt and .md articles (folders are searched recursively). Metadata comes
from YAML front matter or a <name>.meta.json file beside the article: title,
publisher, wire, published (YYYY-MM-DD), url. Writes the timeline, validated
against the schema, to --out ("-" for stdout).

  --format json         the timeline JSON (default)
  --format timelinejs   TimelineJS3 JSON; undated events are left out and counted
  --title <text>        a title for the timeline
  --quiet               no progress and no summary; errors are still printed

A file that is empty, binary, unreadable or over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB is skipped with an
error naming it; malformed metadata or no date at all is a warning (file:line
where there is one) and the article is still read.

Exit codes: 0 every article read (warnings allowed); 1 some file could not be
read or the result did not validate (the rest is still written); 2 usage error
or --out cannot be written.`,
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
  html: `Usage: conflict-timeline html <timeline.json> [--out <file>] [--inline-json]
         [--locale <tag>] [--src <url>] [--quiet]

Writes the HTML to paste into a page or CMS: a <conflict-timeline> element
holding an ordered list of the events (date, title, type, place, quotes and
their sources), which readers without JavaScript and search engines see and
the element hides once it renders. Invalid events are left out and named.

  --out <file>      where to write the HTML (default, or "-": stdout)
  --inline-json     also embed the timeline as <script type="application/json">,
                    so the element needs no request for its data
  --locale <tag>    BCP 47 language the dates are written in (default en)
  --src <url>       the element's src attribute: where it loads the timeline
  --quiet           no summary; errors are still printed

Problems are printed as "<file>: <JSON path>: <what was expected>".

Exit codes: 0 written; 1 some events or sources were invalid (the rest is
still written) or the file is unreadable or not a timeline (nothing written);
2 usage error or --out cannot be written.`,
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
        format: { type: 'string' },
        'inline-json': { type: 'boolean' },
        locale: { type: 'string' },
        src: { type: 'string' },
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
      if (values.format !== undefined && !isFormat(values.format))
        return usage(command, `unknown --format "${values.format}"; expected json or timelinejs`);
      return extract(positionals, values.out, {
        format: values.format ?? 'json',
        title: values.title,
        quiet: values.quiet ?? false,
      });
    case 'validate':
      if (positionals.length !== 1) return usage(command, 'validate takes exactly one file');
      return validate(positionals[0]!);
    case 'timex':
      if (positionals.length) return usage(command, 'timex takes no arguments; it reads stdin');
      return timex();
    case 'html':
      if (positionals.length !== 1) return usage(command, 'html takes exactly one timeline file');
      if (values.locale !== undefined && !isLocale(values.locale))
        return usage(
          command,
          `unknown --locale "${values.locale}"; expected a BCP 47 tag such as en or fr-CA`,
        );
      if (values.src === '') return usage(command, '--src needs a URL');
      return html(positionals[0]!, values.out ?? '-', {
        inlineJson: values['inline-json'] ?? false,
        locale: values.locale,
        src: values.src,
        quiet: values.quiet ?? false,
      });
    default:
      return usage('main', `unknown command "${command}"`);
  }
}

const FORMATS = ['json', 'timelinejs'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (s: string): s is Format => (FORMATS as readonly string[]).includes(s);

/** A tag Intl accepts; it falls back to a language it has for one it knows no data for. */
function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const isArticleName = (path: string) => /\.(?:txt|md)$/i.test(path) && !/(?:^|[\\/])README\.md$/i.test(path);

/**
 * Article files under the given paths, in a stable order, each as the user named it (joined onto the folder
 * they gave). An article name that cannot be opened is still listed, so that reading it says why.
 */
function listArticles(paths: string[], problems: InputProblem[]): string[] {
  const files: string[] = [];
  // Real paths of the folders entered: a symbolic link back up the tree would otherwise never end.
  const entered = new Set<string>();
  const visit = (path: string, named: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const real = realpathSync(path);
      if (entered.has(real)) return;
      entered.add(real);
      let names: string[];
      try {
        names = readdirSync(path);
      } catch (e) {
        problems.push({ severity: 'error', file: path, message: `unreadable folder (${errnoText(e)})` });
        return;
      }
      for (const name of names.sort()) if (!name.startsWith('.')) visit(join(path, name), false);
    } else if (isArticleName(path)) {
      files.push(path);
    } else if (named) {
      problems.push({
        severity: 'error',
        file: path,
        message: stat ? 'expected a .txt or .md article or a folder' : 'no such file or folder',
      });
    }
  };
  for (const p of paths) visit(p, true);
  return files;
}

/** "EACCES: permission denied", from a Node file-system error without the path it repeats. */
function errnoText(e: unknown): string {
  return e instanceof Error ? e.message.replace(/, \w+ '.*'$/s, '') : String(e);
}

/** The bytes of an article file, or why there are none. Size is checked first: a huge file is never read. */
function readArticleBytes(path: string): { bytes: Uint8Array } | { message: string } {
  const unreadable = (e: unknown) => {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return { message: `unreadable (${errnoText(e)})` };
    const link = lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
    return { message: link ? 'unreadable: a symbolic link to a file that does not exist' : 'no such file' };
  };
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    return unreadable(e);
  }
  if (!stat.isFile())
    return { message: 'not a regular file (a device, pipe or socket); expected an article' };
  if (stat.size > MAX_ARTICLE_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MB`;
    return {
      message: `file is ${mb(stat.size)}; expected an article under ${mb(MAX_ARTICLE_BYTES)}; not read`,
    };
  }
  try {
    return { bytes: readFileSync(path) };
  } catch (e) {
    return unreadable(e);
  }
}

function readSidecar(path: string, problems: InputProblem[]): { file: string; text: string } | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return { file: path, text: readFileSync(path, 'utf8') };
  } catch (e) {
    problems.push({
      severity: 'warning',
      file: path,
      message: `unreadable (${errnoText(e)}); its metadata was ignored`,
    });
    return undefined;
  }
}

/**
 * The progress line, on a terminal only: "\r" and erase-line rewrite it in place, and `clear` leaves the
 * line empty so that what follows starts in column 0. Never written to a pipe or a log.
 */
const progress = {
  shown: false,
  show(text: string) {
    process.stderr.write(`\r\x1b[K${text}`);
    this.shown = true;
  },
  clear() {
    if (this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  },
};

interface ExtractCliOptions {
  format: Format;
  title: string | undefined;
  quiet: boolean;
}

async function extract(paths: string[], out: string, options: ExtractCliOptions): Promise<number> {
  const { format, title, quiet } = options;
  const showProgress = !quiet && process.stderr.isTTY === true;
  const problems: InputProblem[] = [];
  const files = listArticles(paths, problems);
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    if (showProgress) progress.show(`reading ${i + 1}/${files.length}`);
    const read = readArticleBytes(file);
    if ('message' in read) {
      problems.push({ severity: 'error', file, message: read.message });
      continue;
    }
    const sidecar = readSidecar(file.replace(/\.[^.\\/]*$/, '.meta.json'), problems);
    const result = readArticle({ file, bytes: read.bytes, ...(sidecar ? { sidecar } : {}) });
    problems.push(...result.problems);
    if (!result.article) continue;
    const other = seen.get(result.article.id);
    if (other) {
      problems.push({
        severity: 'error',
        file,
        message: `same source id "${result.article.id}" as ${other}; skipped`,
      });
      continue;
    }
    seen.set(result.article.id, file);
    if (!result.article.metadata.published) {
      problems.push({
        severity: 'warning',
        file,
        message: 'no publication date; relative dates cannot be resolved',
      });
    }
    articles.push(result.article);
  }
  if (showProgress) progress.show(`extracting events from ${articles.length} article(s)`);
  const timeline = extractTimeline(articles, title ? { title } : {});
  progress.clear();
  const target = out === '-' ? 'stdout' : out;
  const check = validateTimeline(timeline);
  for (const e of check.errors)
    problems.push({ severity: 'error', file: target, message: formatTimelineError(e) });
  let document: Timeline | TimelineJsDocument = timeline;
  let written = timeline.events.length;
  if (format === 'timelinejs') {
    document = await timelineJsOf(timeline, target, problems);
    written = document.events.length;
  }
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (out === '-') process.stdout.write(json);
  else {
    try {
      writeFileSync(out, json);
    } catch (e) {
      // Nothing was written, so the run failed as a whole: a bad --out is a usage error, not bad input.
      process.stderr.write(`conflict-timeline: cannot write ${out} (${errnoText(e)})\n`);
      return EXIT.usage;
    }
  }
  for (const p of problems)
    if (!quiet || p.severity === 'error') process.stderr.write(`${formatProblem(p)}\n`);
  if (!quiet) {
    const events =
      written === timeline.events.length
        ? `${written} event(s)`
        : `${written} of ${timeline.events.length} event(s)`;
    process.stderr.write(
      `${articles.length} of ${files.length} article(s) read, ${events}${out === '-' ? '' : ` written to ${out}`}${format === 'json' ? '' : ` as ${format}`}\n`,
    );
  }
  return problems.some((p) => p.severity === 'error') ? EXIT.inputErrors : EXIT.ok;
}

/**
 * The TimelineJS document, leaving out what it cannot show and saying so: undated events (a warning; the
 * timeline JSON keeps them) and, one by one, any event whose date TimelineJS cannot place (an error).
 */
async function timelineJsOf(
  timeline: Timeline,
  target: string,
  problems: InputProblem[],
): Promise<TimelineJsDocument> {
  // Loaded only when asked for: the default output and the other commands never depend on the exporter.
  const { toTimelineJs } = await import('../src/extract/timelinejs.js');
  const undated = timeline.events.filter((e) => e.date === null).length;
  if (undated) {
    problems.push({
      severity: 'warning',
      file: target,
      message: `${undated} undated event(s) left out: a TimelineJS slide needs a date`,
    });
  }
  const placeable = timeline.events.filter((e) => {
    try {
      toTimelineJs({ ...timeline, events: [e] });
      return true;
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      problems.push({ severity: 'error', file: target, message: `${err.message}; left out` });
      return false;
    }
  });
  return toTimelineJs({ ...timeline, events: placeable });
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

interface HtmlCliOptions {
  inlineJson: boolean;
  locale: string | undefined;
  src: string | undefined;
  quiet: boolean;
}

/**
 * The element with its fallback, for the valid part of the timeline: like the element itself, one broken
 * event never hides the rest. Each one left out is named by its JSON path.
 */
function html(file: string, out: string, options: HtmlCliOptions): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    process.stderr.write(`${file}: ${missing ? 'no such file' : `unreadable (${errnoText(e)})`}\n`);
    return EXIT.inputErrors;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    process.stderr.write(`${file}: not JSON (${(e as Error).message})\n`);
    return EXIT.inputErrors;
  }
  const { timeline, errors, dropped } = partitionTimeline(data);
  for (const e of errors) process.stderr.write(`${file}: ${formatTimelineError(e)}\n`);
  if (!timeline) return EXIT.inputErrors;
  const markup = timelineFallbackHtml(timeline, {
    inlineJson: options.inlineJson,
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
    ...(options.src !== undefined ? { attributes: { src: options.src } } : {}),
  });
  if (out === '-') process.stdout.write(`${markup}\n`);
  else {
    try {
      writeFileSync(out, `${markup}\n`);
    } catch (e) {
      process.stderr.write(`conflict-timeline: cannot write ${out} (${errnoText(e)})\n`);
      return EXIT.usage;
    }
  }
  if (!options.quiet) {
    const written = timeline.events.length;
    const events = dropped.events ? `${written} of ${written + dropped.events}` : `${written}`;
    process.stderr.write(`${events} event(s) written to ${out === '-' ? 'stdout' : out}\n`);
  }
  return errors.length ? EXIT.inputErrors : EXIT.ok;
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
    progress.clear();
    process.stderr.write(`conflict-timeline: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 70;
  },
);
