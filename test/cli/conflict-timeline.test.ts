import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Timeline } from '../../src/schema/types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'ct-cli-'));

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bin/conflict-timeline.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    ...(input !== undefined ? { input } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
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

test('bad articles are named and skipped, the good ones still written, and the exit code is 1', () => {
  const out = join(scratch, 'bad.json');
  const r = cli(['extract', 'test/fixtures/bad-input', '--out', out]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /empty\.txt: error: empty file/);
  assert.match(r.stderr, /image\.txt: error: binary data/);
  assert.match(r.stderr, /bad-front-matter\.md:3: warning: malformed front matter/);
  assert.match(r.stderr, /no-date\.txt: warning: no publication date/);
  const timeline = JSON.parse(readFileSync(out, 'utf8')) as Timeline;
  assert.deepEqual(
    timeline.sources.map((s) => s.id),
    ['bad-front-matter', 'good', 'no-date'],
  );
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

test('every command has --help, and usage errors exit 2', () => {
  for (const command of ['extract', 'timex', 'validate']) {
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
