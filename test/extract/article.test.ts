import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_ARTICLE_BYTES, formatProblem, readArticle, toSource } from '../../src/extract/article.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

test('a plain text article takes its title from the first line and has no date', () => {
  const { article, problems } = readArticle({
    file: 'a/story-1.txt',
    bytes: utf8('Jets hit Palmyra\n\nBody text.\n'),
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(toSource(article!), {
    id: 'story-1',
    title: 'Jets hit Palmyra',
    published: null,
    publishedFrom: 'none',
    publisher: null,
    url: null,
  });
});

test('YAML front matter gives the metadata; offsets still count from the start of the file', () => {
  const text =
    '---\ntitle: Talks in Vienna\npublisher: Example News\npublished: 2015-10-31\nurl: https://example.org/a\n---\nTalks began on Friday.\n';
  const { article, problems } = readArticle({ file: 'vienna.md', bytes: utf8(text) });
  assert.deepEqual(problems, []);
  assert.equal(article!.text, text);
  assert.equal(text.slice(article!.bodyStart), 'Talks began on Friday.\n');
  assert.deepEqual(toSource(article!), {
    id: 'vienna',
    title: 'Talks in Vienna',
    published: '2015-10-31',
    publishedFrom: 'metadata',
    publisher: 'Example News',
    url: 'https://example.org/a',
  });
});

test('a sidecar gives the metadata; front matter wins field by field', () => {
  const { article } = readArticle({
    file: 'x.md',
    bytes: utf8('---\ntitle: From front matter\n---\nText\n'),
    sidecar: {
      file: 'x.meta.json',
      text: '{"title": "From sidecar", "publisher": "Haaretz", "wire": "Reuters", "published": "2015-09-18"}',
    },
  });
  assert.deepEqual(toSource(article!), {
    id: 'x',
    title: 'From front matter',
    published: '2015-09-18',
    publishedFrom: 'metadata',
    publisher: 'Haaretz',
    wire: 'Reuters',
    url: null,
  });
});

test('bad metadata fields are dropped with a warning naming the file and line; the article is kept', () => {
  const text =
    '---\ntitle: Fine\npublished: 31/05/2017\nurl: javascript:alert(1)\nauthor: someone\n---\nText\n';
  const { article, problems } = readArticle({ file: 'bad.md', bytes: utf8(text) });
  assert.equal(article!.metadata.title, 'Fine');
  assert.equal(article!.metadata.published, undefined);
  assert.deepEqual(problems.map(formatProblem), [
    'bad.md:3: warning: published: expected a date written YYYY-MM-DD, got "31/05/2017"',
    'bad.md:4: warning: url: expected an http(s) URL, got "javascript:alert(1)"',
    'bad.md:5: warning: author: unknown metadata key; expected one of title, publisher, wire, published, url',
  ]);
});

test('malformed front matter is named with its line and ignored; the text is still read', () => {
  const { article, problems } = readArticle({
    file: 'm.md',
    bytes: utf8('---\ntitle: [unclosed\n---\nHeadline\n'),
  });
  assert.ok(article);
  assert.equal(problems.length, 1);
  assert.match(
    formatProblem(problems[0]!),
    /^m\.md:\d+: warning: malformed front matter \(.+\); its metadata was ignored$/,
  );
});

test('a malformed sidecar is named with its line', () => {
  const { problems } = readArticle({
    file: 'x.txt',
    bytes: utf8('Headline\n'),
    sidecar: { file: 'x.meta.json', text: '{\n  "title": "a",\n  "published": \n}' },
  });
  assert.match(formatProblem(problems[0]!), /^x\.meta\.json:4: warning: malformed JSON/);
});

test('text that is not UTF-8 is read as windows-1252 with a warning', () => {
  const bytes = Uint8Array.from([
    0x48, 0x61, 0x6d, 0x61, 0x20, 0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35,
  ]);
  const { article, problems } = readArticle({ file: 'w.txt', bytes });
  assert.equal(article!.text, 'Hama \u201cq\u201d \u2013 \u20ac5');
  assert.deepEqual(problems.map(formatProblem), ['w.txt: warning: not valid UTF-8; read as windows-1252']);
});

test('empty, blank, binary and oversized files are errors naming the file', () => {
  const cases: [Uint8Array, RegExp][] = [
    [new Uint8Array(0), /empty file/],
    [utf8('  \n\n '), /only white space/],
    [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), /binary data/],
    [new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61), /expected an article under/],
  ];
  for (const [bytes, message] of cases) {
    const { article, problems } = readArticle({ file: 'f.txt', bytes });
    assert.equal(article, undefined);
    assert.equal(problems.length, 1);
    assert.match(formatProblem(problems[0]!), /^f\.txt: error: /);
    assert.match(problems[0]!.message, message);
  }
});

test('without metadata, the publication date is read from the dateline and marked as inferred', () => {
  const text = 'Suicide bomber kills 4\n\nSun 22 Feb 2015 A suicide bomber killed four people on Sunday.';
  const { article } = readArticle({ file: 'fakes/1914947538.txt', bytes: utf8(text) });
  assert.equal(article?.metadata.published, '2015-02-22');
  assert.equal(article?.publishedFrom, 'dateline');
  assert.equal(text.slice(article!.dateline!.start, article!.dateline!.end), 'Sun 22 Feb 2015');
  const withMeta = readArticle({
    file: 'a.md',
    bytes: utf8(`---\npublished: 2015-02-23\n---\n${text}`),
  }).article;
  assert.equal(withMeta?.metadata.published, '2015-02-23');
  assert.equal(withMeta?.publishedFrom, 'metadata');
});
