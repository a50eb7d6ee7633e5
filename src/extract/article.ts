import { parseDocument } from 'yaml';
import { parseIsoDate } from '../schema/dates.js';
import type { IsoDate, PublishedFrom, TimelineSource } from '../schema/types.js';
import { findDateline } from './dateline.js';

/** Metadata a user gives for an article, in front matter or in a `<name>.meta.json` sidecar. */
export interface ArticleMetadata {
  /** Headline; defaults to the first line of the text. */
  title?: string;
  /** The outlet ("Haaretz"). */
  publisher?: string;
  /** The wire service the story came from ("Reuters"). */
  wire?: string;
  /** Publication date, `YYYY-MM-DD`. */
  published?: IsoDate;
  /** An http(s) URL of the article. */
  url?: string;
}

const METADATA_KEYS = ['title', 'publisher', 'wire', 'published', 'url'] as const;

/** A problem with one input, located as precisely as the input allows. */
export interface InputProblem {
  severity: 'error' | 'warning';
  /** The file, as the user named it. */
  file: string;
  /** 1-based line, when the problem has one. */
  line?: number;
  message: string;
}

export function formatProblem(p: InputProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.severity}: ${p.message}`;
}

export interface Article {
  /** The file name without extension: the source id. */
  id: string;
  /** The file as the user named it, for messages. */
  file: string;
  /**
   * The whole decoded file. Every offset in the timeline points into this string, so a reader can check a
   * quote against the file itself.
   */
  text: string;
  /** Where the article proper begins: after front matter, if any. */
  bodyStart: number;
  metadata: ArticleMetadata;
  /** Where `metadata.published` came from. */
  publishedFrom: PublishedFrom;
  /** Where the dateline the publication date was read from is written, when it was read from one. */
  dateline?: { start: number; end: number };
  problems: InputProblem[];
}

/** Files larger than this are refused: no news article is this long, and parsing it would stall a build. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/**
 * Decodes article bytes: UTF-8 when valid, otherwise windows-1252 (the encoding of much older news
 * scraping, FA-KES among it), which maps every byte, so nothing is lost.
 */
export function decodeArticleBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Bytes 0x80-0x9F of windows-1252 (WHATWG Encoding). Written out because Node's TextDecoder('windows-1252')
// decodes them as Latin-1 control characters, turning curly quotes and dashes into invisible garbage.
// The five bytes windows-1252 leaves undefined map to the same-numbered C1 control, as WHATWG says.
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const codes = Array.from(chunk, (b) =>
      b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Binary data has NUL bytes or many control characters; text in any encoding we accept has neither. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

export interface ArticleInput {
  /** The file as the user named it. */
  file: string;
  bytes: Uint8Array;
  /** The sidecar's text and name, when a `<name>.meta.json` stands beside the file. */
  sidecar?: { file: string; text: string };
}

/**
 * Reads one article. Never throws for bad input: what is wrong lands in `problems` (an `error` means the
 * article could not be used and is `undefined`; a `warning` means part of its metadata was ignored).
 */
export function readArticle(input: ArticleInput): { article?: Article; problems: InputProblem[] } {
  const { file, bytes } = input;
  const problems: InputProblem[] = [];
  const fail = (message: string) => ({
    problems: [...problems, { severity: 'error' as const, file, message }],
  });
  if (bytes.length === 0) return fail('empty file; expected the text of an article');
  if (bytes.length > MAX_ARTICLE_BYTES)
    return fail(`file is ${bytes.length} bytes; expected an article under ${MAX_ARTICLE_BYTES} bytes`);
  if (looksBinary(bytes)) return fail('binary data; expected a text file (.txt or .md)');

  const { text, encoding } = decodeArticleBytes(bytes);
  if (encoding === 'windows-1252') {
    problems.push({ severity: 'warning', file, message: 'not valid UTF-8; read as windows-1252' });
  }
  if (text.trim() === '') return fail('only white space; expected the text of an article');

  const front = readFrontMatter(text, file, problems);
  let metadata: ArticleMetadata = front.metadata;
  if (input.sidecar) {
    const side = readSidecar(input.sidecar.text, input.sidecar.file, problems);
    // Front matter sits in the article itself, so it wins over a sidecar field by field.
    metadata = { ...side, ...metadata };
  }
  if (metadata.title === undefined) {
    const firstLine = text.slice(front.bodyStart).trimStart().split(/\r?\n/, 1)[0]?.trim();
    if (firstLine) metadata = { ...metadata, title: firstLine };
  }
  const id = fileStem(file);
  let publishedFrom: PublishedFrom = metadata.published ? 'metadata' : 'none';
  // Without metadata, the date the article writes in its first lines is the best evidence of when it
  // appeared; `publishedFrom` records that it was inferred.
  const dateline = metadata.published ? undefined : findDateline(text, front.bodyStart);
  if (dateline) {
    metadata = { ...metadata, published: dateline.date };
    publishedFrom = 'dateline';
  }
  return {
    article: {
      id,
      file,
      text,
      bodyStart: front.bodyStart,
      metadata,
      publishedFrom,
      ...(dateline ? { dateline: { start: dateline.start, end: dateline.end } } : {}),
      problems,
    },
    problems,
  };
}

export function fileStem(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
}

/** The source entry of the timeline for an article. */
export function toSource(article: Article): TimelineSource {
  const m = article.metadata;
  return {
    id: article.id,
    title: m.title ?? null,
    published: m.published ?? null,
    publishedFrom: article.publishedFrom,
    publisher: m.publisher ?? null,
    ...(m.wire !== undefined ? { wire: m.wire } : {}),
    url: m.url ?? null,
  };
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function readFrontMatter(
  text: string,
  file: string,
  problems: InputProblem[],
): { metadata: ArticleMetadata; bodyStart: number } {
  const m = FRONT_MATTER.exec(text);
  if (!m) {
    if (/^---[ \t]*\r?\n/.test(text)) {
      problems.push({
        severity: 'warning',
        file,
        line: 1,
        message: 'front matter opened with "---" but never closed; read the whole file as text',
      });
    }
    return { metadata: {}, bodyStart: 0 };
  }
  const doc = parseDocument(m[1]!);
  if (doc.errors.length) {
    for (const e of doc.errors) {
      problems.push({
        severity: 'warning',
        file,
        // +1: the YAML starts on the line after the opening "---".
        line: (e.linePos?.[0].line ?? 0) + 1,
        message: `malformed front matter (${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}); its metadata was ignored`,
      });
    }
    return { metadata: {}, bodyStart: m[0].length };
  }
  const value: unknown = doc.toJS();
  const lineOf = (key: string) => {
    const at = m[1]!.search(new RegExp(`^${key}\\s*:`, 'm'));
    return at < 0 ? 2 : m[1]!.slice(0, at).split('\n').length + 1;
  };
  return { metadata: checkMetadata(value, file, problems, lineOf), bodyStart: m[0].length };
}

function readSidecar(text: string, file: string, problems: InputProblem[]): ArticleMetadata {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    const at = jsonErrorOffset(text);
    const line = at === undefined ? undefined : text.slice(0, at).split('\n').length;
    problems.push({
      severity: 'warning',
      file,
      ...(line ? { line } : {}),
      message: `malformed JSON (${message}); its metadata was ignored`,
    });
    return {};
  }
  const lineOf = (key: string) => {
    const at = text.indexOf(`"${key}"`);
    return at < 0 ? 1 : text.slice(0, at).split('\n').length;
  };
  return checkMetadata(value, file, problems, lineOf, '$.');
}

/**
 * Where JSON.parse gives up, found by bisecting on prefixes: a prefix that ends before the fault fails only
 * as "unexpected end". Needed because Node 20's JSON.parse messages carry no position. A sidecar is a few
 * hundred bytes, so the dozen extra parses cost nothing.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const incomplete = (s: string) => {
    try {
      JSON.parse(s);
      return true;
    } catch (e) {
      // V8 words a cut-off input several ways: "end of JSON input", "Unterminated string", or a complaint
      // about the position just past the end.
      const message = (e as Error).message;
      const pos = /at position (\d+)/.exec(message);
      return (
        /end of JSON input|Unterminated string/i.test(message) || (pos !== null && Number(pos[1]) >= s.length)
      );
    }
  };
  if (incomplete(text)) return undefined;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (incomplete(text.slice(0, mid + 1))) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps the metadata fields that are well formed; warns about each that is not, naming its line. */
function checkMetadata(
  value: unknown,
  file: string,
  problems: InputProblem[],
  lineOf: (key: string) => number,
  prefix = '',
): ArticleMetadata {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({
      severity: 'warning',
      file,
      line: 1,
      message: 'metadata must be a mapping of key: value; ignored',
    });
    return {};
  }
  const out: ArticleMetadata = {};
  for (const [key, raw] of Object.entries(value)) {
    const warn = (message: string) =>
      problems.push({ severity: 'warning', file, line: lineOf(key), message: `${prefix}${key}: ${message}` });
    if (!(METADATA_KEYS as readonly string[]).includes(key)) {
      warn(`unknown metadata key; expected one of ${METADATA_KEYS.join(', ')}`);
      continue;
    }
    // YAML reads an unquoted 2017-05-31 as a timestamp; take its calendar date back in UTC.
    const v = raw instanceof Date && !Number.isNaN(raw.getTime()) ? raw.toISOString().slice(0, 10) : raw;
    if (typeof v !== 'string' || v.trim() === '') {
      warn(`expected a non-empty string, got ${JSON.stringify(v)}`);
      continue;
    }
    const s = v.trim();
    if (key === 'published') {
      if (parseIsoDate(s)?.granularity !== 'day') {
        warn(`expected a date written YYYY-MM-DD, got ${JSON.stringify(s)}`);
        continue;
      }
    } else if (key === 'url' && !/^https?:\/\/\S+$/i.test(s)) {
      warn(`expected an http(s) URL, got ${JSON.stringify(s)}`);
      continue;
    }
    out[key as (typeof METADATA_KEYS)[number]] = s;
  }
  return out;
}
