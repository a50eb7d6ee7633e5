import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { ANNOTATIONS } from '../../scripts/schema-source.js';
import { checkStructure, KEYWORDS, type SchemaNode } from '../../src/schema/check-structure.js';
import { isTimelineShape, timelineSchema } from '../../src/schema/schema.generated.js';
import { EVENT_TYPES, type Timeline } from '../../src/schema/types.js';
import { DEFINITION_WORDS, formatTimelineError } from '../../src/schema/validate.js';
import { ajvVerdict, timelineJsonSchema } from './ajv-oracle.js';

const sample = JSON.parse(
  readFileSync(new URL('../fixtures/sample.timeline.json', import.meta.url), 'utf8'),
) as Timeline;

const check = (data: unknown) => checkStructure(data, timelineSchema, DEFINITION_WORDS);

/** Every keyword used anywhere in `node`, with where it was first seen; fails on a node that is no object. */
function keywordsOf(node: unknown, where = '#', found = new Map<string, string>()): Map<string, string> {
  assert.ok(
    typeof node === 'object' && node !== null && !Array.isArray(node),
    `${where} is not a schema object`,
  );
  for (const [keyword, value] of Object.entries(node)) {
    if (!found.has(keyword)) found.set(keyword, where);
    if (keyword === 'properties' || keyword === '$defs') {
      for (const [name, sub] of Object.entries(value as object))
        keywordsOf(sub, `${where}/${keyword}/${name}`, found);
    } else if (keyword === 'anyOf') {
      (value as unknown[]).forEach((sub, i) => keywordsOf(sub, `${where}/anyOf/${i}`, found));
    } else if (keyword === 'items') {
      keywordsOf(value, `${where}/items`, found);
    }
  }
  return found;
}

/** Every schema node in `node`, itself included. */
function nodesOf(node: SchemaNode): SchemaNode[] {
  const subs = [
    ...Object.values(node.properties ?? {}),
    ...Object.values(node.$defs ?? {}),
    ...(node.anyOf ?? []),
    ...(node.items ? [node.items] : []),
  ];
  return [node, ...subs.flatMap(nodesOf)];
}

test('the interpreter knows every keyword timeline.schema.json uses', () => {
  const unknown = [...keywordsOf(timelineJsonSchema)].filter(
    ([keyword]) => !(KEYWORDS as readonly string[]).includes(keyword) && !ANNOTATIONS.includes(keyword),
  );
  assert.deepEqual(
    unknown,
    [],
    'timeline.schema.json uses keywords src/schema/check-structure.ts does not run: teach it, or Ajv is needed again',
  );
});

test('the schema uses its keywords only in the forms the interpreter runs', () => {
  for (const node of nodesOf(timelineSchema)) {
    const where = JSON.stringify(node).slice(0, 80);
    if (node.additionalProperties !== undefined) assert.equal(node.additionalProperties, false, where);
    if (node.$ref !== undefined) assert.match(node.$ref, /^#\/\$defs\/[^/~]+$/, where);
    if (node.$ref !== undefined)
      assert.ok(timelineSchema.$defs?.[node.$ref.slice(8)], `${node.$ref} resolves`);
    for (const type of ([] as string[]).concat(node.type ?? [])) {
      assert.ok(['null', 'boolean', 'object', 'array', 'number', 'integer', 'string'].includes(type), where);
    }
    // Compared with ===, so enum and const values must be primitives.
    for (const value of [...(node.enum ?? []), ...('const' in node ? [node.const] : [])]) {
      assert.ok(value === null || typeof value !== 'object', where);
    }
  }
});

test('an unknown $ref is refused loudly rather than passed', () => {
  assert.throws(() => checkStructure(1, { $ref: '#/definitions/x' }, {}), /unsupported \$ref/);
});

test('a failed anyOf says what was expected, unless the value was an almost-right object', () => {
  const cases: [string, (t: Record<string, unknown>) => void, string[]][] = [
    [
      'a string where a date object or null belongs',
      (t) => ((t.events as Record<string, unknown>[])[0]!.date = 'March'),
      ['$.events[0].date: expected a date object or null, got "March"'],
    ],
    [
      'an empty object: its missing properties are at its own path, so the anyOf speaks',
      (t) => ((t.events as Record<string, unknown>[])[0]!.date = {}),
      ['$.events[0].date: expected a date object or null, got an object'],
    ],
    [
      'one bad property deeper inside: that property is named',
      (t) => ((t.events as Record<string, Record<string, unknown>>[])[0]!.date!.approximate = 'yes'),
      ['$.events[0].date.approximate: expected a boolean, got "yes"'],
    ],
    [
      'a negative fractional count fails type and minimum with one message, reported once',
      (t) =>
        (((t.events as Record<string, unknown>[])[0]!.mentions as Record<string, unknown>[])[0]!.start =
          -1.5),
      ['$.events[0].mentions[0].start: expected a whole number >= 0, got number -1.5'],
    ],
    [
      'no mentions at all',
      (t) => ((t.events as Record<string, unknown>[])[0]!.mentions = []),
      ['$.events[0].mentions: expected at least 1 item(s), got an array of 0'],
    ],
    [
      'an extra property with a name that is no identifier',
      (t) => (t['a b'] = 1),
      ['$["a b"]: unexpected property; expected only $schema, version, title, sources, events'],
    ],
  ];
  for (const [name, change, expected] of cases) {
    const copy = structuredClone(sample) as unknown as Record<string, unknown>;
    change(copy);
    assert.deepEqual(check(copy).map(formatTimelineError), expected, name);
    assert.deepEqual(ajvVerdict(copy).errors.map(formatTimelineError), expected, `Ajv: ${name}`);
  }
});

const text = fc.string({ unit: 'binary', maxLength: 12 });
const nonEmpty = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 });
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const year = fc.oneof(
  fc.integer({ min: 0, max: 9999 }).map((y) => pad(y, 4)),
  fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 99999 })).map(([s, y]) => `${s}${pad(y, 4)}`),
);
const dayDate = fc
  .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`);
const isoDate = fc.oneof(
  year,
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m, 2)}`),
  dayDate,
);
const httpUrl = fc.oneof(fc.webUrl(), fc.constantFrom('HTTP://EXAMPLE.ORG', 'https://x/é?q=1'));

const source = fc.record(
  {
    id: nonEmpty,
    title: nullable(text),
    published: nullable(dayDate),
    publishedFrom: fc.constantFrom('metadata', 'dateline', 'none'),
    publisher: nullable(text),
    wire: nullable(text),
    url: nullable(httpUrl),
  },
  { requiredKeys: ['id', 'title', 'published', 'publishedFrom', 'publisher', 'url'] },
);
const date = fc.record(
  {
    start: nullable(isoDate),
    end: nullable(isoDate),
    precision: fc.constantFrom('day', 'week', 'month', 'season', 'quarter', 'year', 'decade', 'century'),
    approximate: fc.boolean(),
    derivation: fc.record(
      {
        method: fc.constantFrom('explicit', 'relative', 'anchored', 'discourse', 'publication', 'external'),
        text,
        anchor: text,
        reference: isoDate,
      },
      { requiredKeys: ['method'] },
    ),
  },
  { requiredKeys: ['start', 'precision', 'approximate', 'derivation'] },
);
const location = fc.record(
  {
    name: nonEmpty,
    admin1: nullable(text),
    country: nullable(text),
    lat: nullable(fc.double({ min: -90, max: 90, noNaN: true })),
    lon: nullable(fc.double({ min: -180, max: 180, noNaN: true })),
    geonamesId: fc.integer({ min: 1 }),
  },
  { requiredKeys: ['name', 'admin1', 'country', 'lat', 'lon'] },
);
const mention = fc.record({
  source: nonEmpty,
  quote: text,
  start: fc.nat(),
  end: fc.nat(),
  lead: fc.boolean(),
});
const event = fc.record(
  {
    id: nonEmpty,
    title: nonEmpty,
    date: nullable(date),
    undated: fc.record({ reason: nonEmpty }),
    type: fc.constantFrom(...EVENT_TYPES),
    actors: fc.array(nonEmpty, { maxLength: 2 }),
    targets: fc.array(nonEmpty, { maxLength: 2 }),
    location: nullable(location),
    fatalities: nullable(fc.nat()),
    status: fc.constantFrom('occurred', 'expected', 'claimed'),
    reportedBy: fc.array(nonEmpty, { maxLength: 2 }),
    mentions: fc.array(mention, { minLength: 1, maxLength: 2 }),
  },
  {
    requiredKeys: ['id', 'title', 'date', 'type', 'actors', 'location', 'fatalities', 'status', 'mentions'],
  },
);
/** Timelines the schema accepts (what a schema cannot check, such as calendar dates, is left to chance). */
const timeline = fc.oneof(
  { arbitrary: fc.constant(sample as unknown as Record<string, unknown>), weight: 1 },
  {
    arbitrary: fc.record(
      {
        $schema: text,
        version: fc.constant(1),
        title: text,
        sources: fc.array(source, { maxLength: 2 }),
        events: fc.array(event, { maxLength: 3 }),
      },
      { requiredKeys: ['version', 'sources', 'events'] },
    ),
    weight: 4,
  },
);

/**
 * Values near `original` that break it in one way: the other types, an empty or near-miss string (dates with
 * a month 13, a URL with a space, an enum value of another field), a number out of range or with a fraction,
 * an object with one property fewer.
 */
function nearMisses(original: unknown): unknown[] {
  const others = ['', 'x', 0, true, null, [], {}];
  if (typeof original === 'number') {
    return [
      -1,
      -0.5,
      0.5,
      original + 0.5,
      -original - 1,
      90.5,
      -91,
      181,
      -180.5,
      1e21,
      String(original),
      null,
    ];
  }
  if (typeof original === 'string') {
    return [
      ...['', ' ', '03/2016', '2016-13', '2016-00-10', '2016-3', '16-03-01', '12000', '+12000', '2016-02-30'],
      ...['javascript:alert(1)', 'https:// x', 'http://', 'airstrike', 'month', 'relative', 'dateline'],
      `${original}x`,
      original.slice(0, -1),
      original.toUpperCase(),
      5,
      null,
    ];
  }
  if (Array.isArray(original)) return [[], [null], [''], [{}], 'x', {}, null];
  if (typeof original === 'object' && original !== null) {
    const fewer = Object.keys(original).map((drop) =>
      Object.fromEntries(Object.entries(original).filter(([key]) => key !== drop)),
    );
    return [...fewer, { ...original, start: '2016-13' }, ...others];
  }
  return others;
}

type Mutation =
  /** Replaces a value with one of its near misses, or with any JSON value `free` one time in five. */
  | { kind: 'replace'; pick: number; variant: number; wild: number; free: unknown }
  | { kind: 'remove'; pick: number }
  | { kind: 'extra'; pick: number; name: string; value: unknown }
  /** Reverses an object's keys, so that their order differs from the schema's. */
  | { kind: 'reorder'; pick: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      pick: fc.nat(),
      variant: fc.nat(),
      wild: fc.nat({ max: 4 }),
      free: fc.jsonValue({ maxDepth: 2 }),
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('extra' as const),
      pick: fc.nat(),
      name: fc.oneof(fc.constantFrom('colour', 'a b', '3', '$ref', '__proto__', 'toString'), text),
      value: fc.jsonValue({ maxDepth: 1 }),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('reorder' as const), pick: fc.nat() }), weight: 1 },
);

type Container = Record<string, unknown> | unknown[];

/** Every place in `value` that holds a value, as its container and key, depth first. */
function slotsOf(value: unknown, out: [Container, string][] = []): [Container, string][] {
  if (typeof value !== 'object' || value === null) return out;
  for (const key of Object.keys(value)) {
    out.push([value as Container, key]);
    slotsOf((value as Record<string, unknown>)[key], out);
  }
  return out;
}

function mutate(doc: Record<string, unknown>, change: Mutation): void {
  const slots = slotsOf(doc);
  if (change.kind === 'extra' || change.kind === 'reorder') {
    const objects = [doc, ...slots.map(([c, k]) => (c as Record<string, unknown>)[k])].filter(
      (v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v),
    );
    const object = objects[change.pick % objects.length]!;
    const entries: [string, unknown][] =
      change.kind === 'extra'
        ? [[change.name, structuredClone(change.value)]]
        : Object.entries(object).reverse();
    if (change.kind === 'reorder') for (const [key] of entries) delete object[key];
    // defineProperty, so that `__proto__` becomes a property, as JSON.parse makes it, not a prototype.
    for (const [key, value] of entries) {
      Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return;
  }
  if (!slots.length) return;
  const [container, key] = slots[change.pick % slots.length]!;
  if (change.kind === 'replace') {
    const misses = nearMisses((container as Record<string, unknown>)[key]);
    const value = change.wild === 0 ? change.free : misses[change.variant % misses.length];
    (container as Record<string, unknown>)[key] = structuredClone(value);
  } else if (Array.isArray(container)) container.splice(Number(key), 1);
  else delete container[key];
}

/** The interpreter agrees with Ajv on `data`: same verdict, only paths Ajv flags, and the same words. */
function assertAgreesWithAjv(data: unknown): void {
  const ours = check(data);
  const ajv = ajvVerdict(data);
  assert.equal(ours.length === 0, ajv.valid, 'verdict');
  assert.equal(isTimelineShape(data), ajv.valid, 'verdict of the generated check');
  for (const { path } of ours) assert.ok(ajv.flagged.has(path), `${path} is not flagged by Ajv`);
  assert.deepEqual(ours, ajv.errors);
}

test('property: timelines the schema accepts pass the interpreter and Ajv', () => {
  fc.assert(
    fc.property(timeline, (doc) => {
      assert.deepEqual(check(doc), []);
      assert.equal(ajvVerdict(doc).valid, true);
      assert.equal(isTimelineShape(doc), true);
    }),
    { numRuns: 300 },
  );
});

test('property: mutated timelines get the verdict, paths and messages Ajv gives', () => {
  let invalid = 0;
  fc.assert(
    fc.property(timeline, fc.array(mutation, { minLength: 1, maxLength: 3 }), (base, changes) => {
      const doc = structuredClone(base);
      for (const change of changes) mutate(doc, change);
      if (check(doc).length) invalid++;
      assertAgreesWithAjv(doc);
    }),
    { numRuns: 1500 },
  );
  // Guards the generators: most mutations must break something, or the comparison above says little.
  assert.ok(invalid > 750, `only ${invalid} of 1500 mutated timelines were invalid`);
});

test('property: any JSON value gets the verdict, paths and messages Ajv gives', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => assertAgreesWithAjv(value)),
    { numRuns: 500 },
  );
});
