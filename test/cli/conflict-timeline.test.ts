import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TimelineJsDocument } from '../../src/extract/timelinejs.js';
import type { Timeline } from '../../src/schema/types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'ct-cli-'));

function cli(args: string[], input?: string, nodeArgs: string[] = []) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', ...nodeArgs, 'bin/conflict-timeline.ts', ...args],
    {
      cwd: root,
      encoding: 'utf8',
      ...(input !== undefined ? { input } : {}),
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Makes the CLI believe stderr is a terminal, so that its progress line can be checked through a pipe. */
const FAKE_TTY = [
  '--import',
  'data:text/javascript,Object.defineProperty(process.stderr,"isTTY",{value:true})',
];

/** A fresh folder holding the bad-input fixtures (good and bad articles) to add more cases to. */
function badInputFolder(): string {
  const dir = mkdtempSync(join(scratch, 'bad-'));
  cpSync(join(root, 'test/fixtures/bad-input'), dir, { recursive: true });
  return dir;
}

test('extract seeds writes a valid timeline whose sources carry the sidecar metadata and whose quotes match the files', () => {
  const out = join(scratch, 'seeds.json');
  const r = cli(['extract', 'seeds', '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  const timeline = JSON.parse(readFileSync(out, 'utf8')) as Timeline;
  assert.deepEqual(
    timeline.sources.map((s) => [s.id, s.published, s.publishedFrom, s.publisher, s.wire]),
    [
      ['000_fd8fc1e38568568b', '2015-11-02', 'metadata', 'Christian Today', 'AFP'],
      ['001_dd24de1a538d7227', '2015-09-18', 'metadata', 'Haaretz', 'Reuters'],
      ['002_564830631f986510', '2017-05-31', 'metadata', 'CBS News', 'AP'],
    ],
  );
  assert.ok(timeline.events.length > 0);
  for (const e of timeline.events) {
    for (const m of e.mentions) {
      const text = readFileSync(join(root, 'seeds', `${m.source}.txt`), 'utf8');
      assert.equal(text.slice(m.start, m.end), m.quote);
    }
  }
  assert.equal(cli(['validate', out]).code, 0);
});

test('extract is deterministic: two runs write the same bytes', () => {
  const a = join(scratch, 'a.json');
  const b = join(scratch, 'b.json');
  cli(['extract', 'seeds', '--out', a, '--quiet']);
  cli(['extract', 'seeds', '--out', b, '--quiet']);
  assert.equal(readFileSync(a, 'utf8'), readFileSync(b, 'utf8'));
});

test('every kind of bad input is named with its file (and line), the good articles are still written, and the exit code is 1', () => {
  const dir = badInputFolder();
  // Over MAX_ARTICLE_BYTES (5 MB) but otherwise a fine article: refused for its size alone, never read.
  const tenMb = 10 * 1024 * 1024;
  writeFileSync(
    join(dir, 'big.txt'),
    'Syrian jets struck Raqqa on 17 September 2015. '.repeat(tenMb / 32).slice(0, tenMb),
  );
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'gone.txt'));
  // A folder named like an article is searched, not read.
  mkdirSync(join(dir, 'folder.txt'));
  // Windows-1252: curly quotes 0x93/0x94 and an en dash 0x96 are not valid UTF-8.
  writeFileSync(
    join(dir, 'cp1252.md'),
    Buffer.concat([
      Buffer.from('---\npublished: 2016-03-05\n---\nPalmyra offensive\n\n'),
      Buffer.from([0x93]),
      Buffer.from('We retook the hills'),
      Buffer.from([0x94]),
      Buffer.from(' said an officer '),
      Buffer.from([0x96]),
      Buffer.from(' Syrian troops captured hills near Palmyra on Thursday.\n'),
    ]),
  );
  const out = join(scratch, 'bad.json');
  const r = cli(['extract', dir, '--out', out]);
  assert.equal(r.code, 1, r.stderr);
  const line = (file: string, rest: string) => `${join(dir, file)}${rest}`;
  for (const expected of [
    line('empty.txt', ': error: empty file; expected the text of an article'),
    line('image.txt', ': error: binary data; expected a text file (.txt or .md)'),
    line('big.txt', ': error: file is 10 MB; expected an article under 5 MB; not read'),
    line('gone.txt', ': error: unreadable: a symbolic link to a file that does not exist'),
    line('bad-front-matter.md', ':3: warning: malformed front matter'),
    line('no-date.txt', ': warning: no publication date; relative dates cannot be resolved'),
    line('cp1252.md', ': warning: not valid UTF-8; read as windows-1252'),
  ])
    assert.ok(r.stderr.includes(expected), `${expected}\n--- stderr:\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /folder\.txt/);
  assert.match(r.stderr, /^4 of 8 article\(s\) read, \d+ event\(s\) written to /m);

  const timeline = JSON.parse(readFileSync(out, 'utf8')) as Timeline;
  assert.deepEqual(
    timeline.sources.map((s) => s.id),
    ['bad-front-matter', 'cp1252', 'good', 'no-date'],
  );
  const good = timeline.events.filter((e) => e.mentions.some((m) => m.source === 'good'));
  assert.deepEqual(
    good.map((e) => [e.type, e.date?.start]),
    [['air-strike', '2015-09-17']],
  );
  const decoded = timeline.events.find((e) => e.mentions.some((m) => m.source === 'cp1252'));
  assert.ok(decoded?.mentions[0]!.quote.includes('\u201cWe retook the hills\u201d said an officer \u2013'));
  assert.equal(cli(['validate', out]).code, 0);
});

test(
  'a file or folder the user may not read is named as unreadable and the rest is still written',
  {
    skip:
      process.getuid?.() === 0
        ? 'running as root, which reads files whatever their mode; the dangling symlink case covers unreadable files'
        : false,
  },
  () => {
    const dir = mkdtempSync(join(scratch, 'locked-'));
    cpSync(join(root, 'test/fixtures/bad-input/good.md'), join(dir, 'good.md'));
    writeFileSync(join(dir, 'locked.txt'), 'Jets struck Raqqa on 17 September 2015.\n');
    chmodSync(join(dir, 'locked.txt'), 0o000);
    mkdirSync(join(dir, 'shut'));
    chmodSync(join(dir, 'shut'), 0o000);
    const out = join(scratch, 'locked.json');
    try {
      const r = cli(['extract', dir, '--out', out]);
      assert.equal(r.code, 1, r.stderr);
      assert.ok(r.stderr.includes(`${join(dir, 'locked.txt')}: error: unreadable (EACCES`), r.stderr);
      assert.ok(r.stderr.includes(`${join(dir, 'shut')}: error: unreadable folder (EACCES`), r.stderr);
      const timeline = JSON.parse(readFileSync(out, 'utf8')) as Timeline;
      assert.deepEqual(
        timeline.sources.map((s) => s.id),
        ['good'],
      );
    } finally {
      chmodSync(join(dir, 'shut'), 0o755);
    }
  },
);

test('warnings alone (malformed front matter, no date) keep the exit code 0; a missing path is an error', () => {
  const dir = mkdtempSync(join(scratch, 'warn-'));
  for (const f of ['good.md', 'no-date.txt', 'bad-front-matter.md'])
    cpSync(join(root, 'test/fixtures/bad-input', f), join(dir, f));
  const r = cli(['extract', dir, '--out', join(scratch, 'warn.json')]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /bad-front-matter\.md:3: warning: malformed front matter/);
  assert.match(r.stderr, /no-date\.txt: warning: no publication date/);
  const missing = cli(['extract', dir, 'no-such-folder', '--out', join(scratch, 'missing.json')]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /^no-such-folder: error: no such file or folder$/m);
});

test('off a terminal there is no progress line; --quiet drops warnings and the summary but never errors', () => {
  const plain = cli(['extract', 'test/fixtures/bad-input', '--out', join(scratch, 'plain.json')]);
  assert.ok(!plain.stderr.includes('\r') && !plain.stderr.includes('\x1b['), plain.stderr);
  assert.doesNotMatch(plain.stderr, /reading \d/);
  assert.match(plain.stderr, /warning: no publication date/);
  assert.match(plain.stderr, /\n3 of 5 article\(s\) read, 2 event\(s\) written to .*plain\.json\n$/);

  const quiet = cli(['extract', 'test/fixtures/bad-input', '--out', join(scratch, 'quiet.json'), '--quiet']);
  assert.equal(quiet.code, 1);
  assert.equal(
    quiet.stderr,
    'test/fixtures/bad-input/empty.txt: error: empty file; expected the text of an article\n' +
      'test/fixtures/bad-input/image.txt: error: binary data; expected a text file (.txt or .md)\n',
  );
  assert.equal(
    cli(['extract', 'seeds', '--out', join(scratch, 'q.json'), '-q'], undefined, FAKE_TTY).stderr,
    '',
  );
});

test('on a terminal the progress line counts the files and is erased before the summary', () => {
  const r = cli(['extract', 'seeds', '--out', join(scratch, 'tty.json')], undefined, FAKE_TTY);
  assert.equal(r.code, 0, r.stderr);
  const erase = '\r\x1b[K';
  assert.ok(
    r.stderr.startsWith(`${erase}reading 1/3${erase}reading 2/3${erase}reading 3/3${erase}`),
    r.stderr,
  );
  // Everything after the last erase is the summary alone, on a line of its own.
  assert.match(
    r.stderr.slice(r.stderr.lastIndexOf(erase) + erase.length),
    /^3 of 3 article\(s\) read, .*\n$/,
  );
});

test('--format timelinejs writes TimelineJS3 JSON of the dated events and counts the undated ones it leaves out', () => {
  const json = join(scratch, 'seeds-contract.json');
  const tjs = join(scratch, 'seeds-timelinejs.json');
  assert.equal(cli(['extract', 'seeds', '--out', json, '-q']).code, 0);
  const r = cli(['extract', 'seeds', '--out', tjs, '--format', 'timelinejs', '--title', 'Palmyra & <Raqqa>']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /written to .* as timelinejs\n$/);
  const timeline = JSON.parse(readFileSync(json, 'utf8')) as Timeline;
  const doc = JSON.parse(readFileSync(tjs, 'utf8')) as TimelineJsDocument;
  assert.equal(doc.title?.text.headline, 'Palmyra &amp; &lt;Raqqa&gt;');
  assert.deepEqual(
    doc.events.map((s) => s.unique_id),
    timeline.events.filter((e) => e.date).map((e) => e.id),
  );
  for (const slide of doc.events) {
    assert.equal(typeof slide.start_date.year, 'number');
    assert.doesNotMatch(slide.text.text.replace(/<a href="https?:[^"<>]*">|<\/a>/g, ''), /[<>]/);
  }

  const undated = cli(['extract', 'test/fixtures/bad-input', '--out', '-', '--format', 'timelinejs']);
  assert.equal(undated.code, 1);
  assert.match(
    undated.stderr,
    /^stdout: warning: 1 undated event\(s\) left out: a TimelineJS slide needs a date$/m,
  );
  assert.match(undated.stderr, /^3 of 5 article\(s\) read, 1 of 2 event\(s\) as timelinejs$/m);
  assert.deepEqual(
    (JSON.parse(undated.stdout) as TimelineJsDocument).events.map((s) => s.group),
    ['air-strike'],
  );
  assert.equal(cli(['extract', 'seeds', '--out', '-', '--format', 'xml']).code, 2);
});

test('validate names the file and the JSON path of each problem and exits 1', () => {
  const file = join(scratch, 'broken.json');
  writeFileSync(file, JSON.stringify({ version: 1, sources: [], events: [{ id: 'x' }] }));
  const r = cli(['validate', file]);
  assert.equal(r.code, 1);
  assert.ok(r.stderr.includes(`${file}: $.events[0].title: missing; expected a non-empty string`), r.stderr);
  const notJson = join(scratch, 'not.json');
  writeFileSync(notJson, '{');
  assert.equal(cli(['validate', notJson]).code, 1);
});

test('timex answers each JSON line with the TIMEX3 protocol', () => {
  const r = cli(
    ['timex'],
    '{"id":"d1","dct":"2015-11-02","text":"Talks in Vienna on Friday, 30 October 2015."}\n',
  );
  assert.equal(r.code, 0, r.stderr);
  const answer = JSON.parse(r.stdout) as {
    id: string;
    timexes: { start: number; end: number; value: string }[];
  };
  assert.equal(answer.id, 'd1');
  assert.ok(answer.timexes.some((t) => t.value === '2015-10-30'));
  const bad = cli(['timex'], 'not json\n');
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /stdin line 1/);
});

const sampleFile = 'test/fixtures/sample.timeline.json';

test('html writes the element with its fallback list to --out, the src attribute and the inline JSON', () => {
  const out = join(scratch, 'sample.html');
  const r = cli(['html', sampleFile, '--out', out, '--src', '/data/a "b".json', '--inline-json']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, `5 event(s) written to ${out}\n`);
  const written = readFileSync(out, 'utf8');
  assert.match(
    written,
    /^<conflict-timeline src="\/data\/a &quot;b&quot;\.json">\n {2}<ol class="conflict-timeline-fallback">\n/,
  );
  assert.match(written, /<\/script>\n<\/conflict-timeline>\n$/);
  assert.deepEqual(
    [...written.matchAll(/<li id="event-([^"]+)"/g)].map((m) => m[1]),
    ['evt-caesar', 'evt-capture', 'evt-recapture', 'evt-launch', 'evt-concert'],
  );
  const json = /<script type="application\/json">(.*)<\/script>/.exec(written)?.[1] ?? '';
  assert.deepEqual(JSON.parse(json), JSON.parse(readFileSync(join(root, sampleFile), 'utf8')));
  // Without --out the HTML goes to stdout, the same bytes every run; --quiet drops the summary.
  const a = cli(['html', sampleFile, '--locale', 'fr', '-q']);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(a.stderr, '');
  assert.match(a.stdout, /<time datetime="2016-03">mars 2016<\/time>/);
  assert.doesNotMatch(a.stdout, /<script|src=/);
  assert.equal(cli(['html', sampleFile, '--locale', 'fr', '--out', '-', '-q']).stdout, a.stdout);
});

test('html leaves out invalid events, naming the file and JSON path, writes the rest and exits 1', () => {
  const sample = JSON.parse(readFileSync(join(root, sampleFile), 'utf8')) as Timeline;
  sample.events[1]!.date!.start = '2015-02-29';
  const file = join(scratch, 'partly-broken.json');
  writeFileSync(file, JSON.stringify(sample));
  const r = cli(['html', file]);
  assert.equal(r.code, 1);
  assert.ok(
    r.stderr.includes(
      `${file}: $.events[1].date.start: expected a calendar date that exists, got "2015-02-29"`,
    ),
    r.stderr,
  );
  assert.match(r.stderr, /^4 of 5 event\(s\) written to stdout$/m);
  assert.match(r.stdout, /<li id="event-evt-capture">/);
  assert.doesNotMatch(r.stdout, /evt-recapture/);
});

test('html writes nothing and exits 1 for a missing file, a file that is not JSON, or JSON that is no timeline', () => {
  const notJson = join(scratch, 'html-not.json');
  writeFileSync(notJson, '{');
  const notTimeline = join(scratch, 'html-array.json');
  writeFileSync(notTimeline, '[]');
  const cases: [string, RegExp][] = [
    [join(scratch, 'no-such.json'), /: no such file$/m],
    [notJson, /: not JSON \(/],
    [notTimeline, /: \$: expected an object, got an array of 0$/m],
  ];
  for (const [file, message] of cases) {
    const r = cli(['html', file, '--out', join(scratch, 'never.html')]);
    assert.equal(r.code, 1, file);
    assert.ok(r.stderr.startsWith(`${file}: `), r.stderr);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  }
  assert.equal(existsSync(join(scratch, 'never.html')), false);
});

test('html usage errors exit 2: no file, two files, a bad --locale, an empty --src, an --out it cannot write', () => {
  assert.equal(cli(['html']).code, 2);
  assert.equal(cli(['html', sampleFile, sampleFile]).code, 2);
  const locale = cli(['html', sampleFile, '--locale', 'not a tag!']);
  assert.equal(locale.code, 2);
  assert.match(locale.stderr, /unknown --locale "not a tag!"/);
  assert.equal(cli(['html', sampleFile, '--src', '']).code, 2);
  const out = cli(['html', sampleFile, '--out', join(scratch, 'no-folder', 'x.html')]);
  assert.equal(out.code, 2);
  assert.match(out.stderr, /^conflict-timeline: cannot write .*x\.html \(ENOENT/);
});

test('every command has --help, and usage errors exit 2', () => {
  for (const command of ['extract', 'timex', 'validate', 'html']) {
    const r = cli([command, '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage: conflict-timeline/);
    assert.match(r.stdout, /Exit codes/);
  }
  assert.equal(cli(['--help']).code, 0);
  assert.equal(cli(['extract', 'seeds']).code, 2);
  assert.equal(cli(['frobnicate']).code, 2);
  assert.equal(cli(['validate', '--nope']).code, 2);
});
