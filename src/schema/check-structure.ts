// Checks a value against the timeline's JSON Schema by walking the schema as data.
//
// Hand-written rather than generated: Ajv's standalone code for timeline.schema.json weighed 6.7 KB
// min+gzip, a fifth of the browser bundle's 35 KB budget, while this interpreter and a copy of the schema
// without its descriptions (schema.generated.ts) weigh 2.8 KB together. It compiles nothing (no `new Function`,
// no eval), so it runs under a strict Content-Security-Policy. It knows only the keywords the schema uses
// (KEYWORDS; a test fails when the schema uses another), and it reports what the Ajv-based validator it
// replaced reported, in the same order: test/schema/check-structure.test.ts holds it to Ajv as the oracle.
import type { TimelineError } from './validate.js';

/** A JSON Schema node, limited to the keywords checkStructure runs. */
export interface SchemaNode {
  $schema?: string;
  $id?: string;
  $defs?: Record<string, SchemaNode>;
  /** Only `#/$defs/<name>`. */
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: SchemaNode[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
  minItems?: number;
  items?: SchemaNode;
  required?: string[];
  additionalProperties?: false;
  properties?: Record<string, SchemaNode>;
}

/** Every keyword checkStructure understands; `$schema`, `$id` and `$defs` check nothing by themselves. */
export const KEYWORDS: readonly (keyof SchemaNode)[] = [
  '$schema',
  '$id',
  '$defs',
  '$ref',
  'type',
  'const',
  'enum',
  'anyOf',
  'minimum',
  'maximum',
  'minLength',
  'pattern',
  'minItems',
  'items',
  'required',
  'additionalProperties',
  'properties',
];

/**
 * Ajv checks these only on a value of their type, and when a node has a single `type` and one of them,
 * it reports a wrong type after the node's other keywords rather than before.
 */
const TYPE_KEYWORDS: Record<string, (keyof SchemaNode)[]> = {
  number: ['maximum', 'minimum'],
  string: ['minLength', 'pattern'],
  array: ['minItems', 'items'],
  object: ['required', 'additionalProperties', 'properties'],
};

interface Failure {
  /** JSONPath of the value checked: for a missing or unexpected property, the object that holds it. */
  at: string;
  /** Whether this is the failure of an anyOf as a whole, rather than of one of its branches. */
  anyOf: boolean;
  error: TimelineError;
}

interface Walk {
  root: SchemaNode;
  /** What each `$defs` entry holds, in words. */
  words: Record<string, string>;
  failures: Failure[];
}

/**
 * The ways `data` breaks `schema`, each located by JSON path and saying what was expected and what was
 * found. `words` names each of the schema's `$defs` for messages ("a date object").
 */
export function checkStructure(
  data: unknown,
  schema: SchemaNode,
  words: Record<string, string>,
): TimelineError[] {
  const failures: Failure[] = [];
  if (checkerOf(schema, schema)(data)) return [];
  visit(schema, data, '$', { root: schema, words, failures });
  // A failed anyOf also reports each branch's failure; the anyOf alone says what was expected. But when
  // failures lie deeper inside the value (an object that was almost right), those say more than "expected a
  // date object or null", so the anyOf and its branches at that path step aside.
  const anyOfAt = new Set(failures.filter((f) => f.anyOf).map((f) => f.at));
  const explainedDeeper = new Set(
    [...anyOfAt].filter((at) => failures.some((f) => f.at.startsWith(`${at}.`) || f.at.startsWith(`${at}[`))),
  );
  const seen = new Set<string>();
  const errors: TimelineError[] = [];
  for (const { at, anyOf, error } of failures) {
    if (explainedDeeper.has(at) || (!anyOf && anyOfAt.has(at))) continue;
    // The same value can fail two keywords of one node (-1.5 for a whole number >= 0) with one message.
    const key = `${error.path}: ${error.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      errors.push(error);
    }
  }
  return errors;
}

/** Records how `value`, found at `at`, fails `node`, in the order Ajv reports it. */
function visit(node: SchemaNode, value: unknown, at: string, walk: Walk): void {
  const expectedGot = () => `expected ${describeExpected(node, walk.words)}, got ${describeValue(value)}`;
  const fail = (path = at, message = expectedGot()) =>
    walk.failures.push({ at, anyOf: false, error: { path, message } });
  const types = ([] as string[]).concat(node.type ?? []);
  const typeFits = types.length === 0 || types.some((type) => hasType(value, type));
  const typeLast =
    types.length === 1 && (TYPE_KEYWORDS[types[0]!] ?? []).some((keyword) => node[keyword] !== undefined);
  if (!typeFits && !typeLast) fail();

  if (node.$ref !== undefined) visit(resolveRef(node.$ref, walk.root), value, at, walk);
  if ('const' in node && value !== node.const) fail();
  if (node.enum && !node.enum.some((allowed) => allowed === value)) fail();
  if (node.anyOf) {
    const branches = node.anyOf.map((branch) => {
      const failures: Failure[] = [];
      visit(branch, value, at, { ...walk, failures });
      return failures;
    });
    if (branches.every((failures) => failures.length > 0)) {
      walk.failures.push(...branches.flat(), {
        at,
        anyOf: true,
        error: { path: at, message: expectedGot() },
      });
    }
  }

  if (hasType(value, 'number')) {
    const n = value as number;
    if (node.maximum !== undefined && n > node.maximum) fail();
    if (node.minimum !== undefined && n < node.minimum) fail();
  }
  if (typeof value === 'string') {
    if (node.minLength !== undefined && value.length < node.minLength) fail();
    if (node.pattern !== undefined && !compiled(node.pattern).test(value)) fail();
  }
  if (Array.isArray(value)) {
    if (node.minItems !== undefined && value.length < node.minItems)
      fail(at, `expected at least ${node.minItems} item(s), got ${describeValue(value)}`);
    // An index loop, not forEach: a hole in a sparse array is checked as undefined, as Ajv does.
    if (node.items) {
      const passes = checkerOf(node.items, walk.root);
      for (let i = 0; i < value.length; i++)
        if (!passes(value[i])) visit(node.items, value[i], `${at}[${i}]`, walk);
    }
  }
  if (hasType(value, 'object')) {
    const object = value as Record<string, unknown>;
    const properties = node.properties ?? {};
    for (const name of node.required ?? []) {
      if (object[name] !== undefined) continue;
      const expected = properties[name];
      fail(
        `${at}${member(name)}`,
        `missing; expected ${expected ? describeExpected(expected, walk.words) : 'a value'}`,
      );
    }
    if (node.additionalProperties === false) {
      const known = Object.keys(properties).join(', ');
      // for-in, like Ajv: an inherited enumerable key counts as a property too.
      for (const name in object) {
        if (!Object.hasOwn(properties, name))
          fail(`${at}${member(name)}`, `unexpected property; expected only ${known}`);
      }
    }
    for (const [name, sub] of Object.entries(properties)) {
      const v = object[name];
      if (v !== undefined && !checkerOf(sub, walk.root)(v)) visit(sub, v, `${at}${member(name)}`, walk);
    }
  }

  if (!typeFits && typeLast) fail();
}

type Check = (value: unknown) => boolean;

// The yes-or-no form of `visit`, built once per schema node: walking 10,000 events with `visit` builds a
// JSON path string and closures for every value, which made validation 90% of the element's first render.
// `visit` runs only where this says no, so a good timeline costs one pass of these closures (closures rather
// than generated code, which a strict Content-Security-Policy would forbid), and a bad one a detailed walk of
// its bad parts only. Both must agree exactly: any value this passes, `visit` must find nothing wrong with.
const checks = new WeakMap<SchemaNode, Check>();

function checkerOf(node: SchemaNode, root: SchemaNode): Check {
  let check = checks.get(node);
  if (!check) {
    check = buildCheck(node, root);
    checks.set(node, check);
  }
  return check;
}

/** The check of a sub-node, looked up when it first runs (so that a $ref back to a node being built works). */
function lazyChecker(node: SchemaNode, root: SchemaNode): Check {
  let check: Check | undefined;
  return (value) => (check ??= checkerOf(node, root))(value);
}

// Written for a hot loop (10,000 events are some 200,000 values): index loops, and no closure made per value
// (an arrow passed to `.some` captures the value, and the garbage of 200,000 of them showed in profiles).
function buildCheck(node: SchemaNode, root: SchemaNode): Check {
  const tests: Check[] = [];
  const types = ([] as string[]).concat(node.type ?? []);
  if (types.length === 1) {
    const type = types[0]!;
    tests.push((v) => hasType(v, type));
  } else if (types.length > 1)
    tests.push((v) => {
      for (let i = 0; i < types.length; i++) if (hasType(v, types[i]!)) return true;
      return false;
    });
  if (node.$ref !== undefined) {
    tests.push(lazyChecker(resolveRef(node.$ref, root), root));
  }
  if ('const' in node) tests.push((v) => v === node.const);
  if (node.enum) {
    const allowed = node.enum;
    tests.push((v) => {
      for (let i = 0; i < allowed.length; i++) if (allowed[i] === v) return true;
      return false;
    });
  }
  if (node.anyOf) {
    const branches = node.anyOf.map((branch) => lazyChecker(branch, root));
    tests.push((v) => {
      for (let i = 0; i < branches.length; i++) if (branches[i]!(v)) return true;
      return false;
    });
  }
  const { maximum, minimum, minLength, pattern, minItems, items, required = [], properties } = node;
  if (maximum !== undefined || minimum !== undefined)
    tests.push(
      (v) =>
        !hasType(v, 'number') ||
        ((maximum === undefined || (v as number) <= maximum) &&
          (minimum === undefined || (v as number) >= minimum)),
    );
  if (minLength !== undefined || pattern !== undefined) {
    const regex = pattern === undefined ? undefined : compiled(pattern);
    tests.push(
      (v) =>
        typeof v !== 'string' ||
        ((minLength === undefined || v.length >= minLength) && (regex === undefined || regex.test(v))),
    );
  }
  if (minItems !== undefined || items) {
    const each = items && lazyChecker(items, root);
    tests.push((v) => {
      if (!Array.isArray(v)) return true;
      if (minItems !== undefined && v.length < minItems) return false;
      if (each) for (let i = 0; i < v.length; i++) if (!each(v[i])) return false;
      return true;
    });
  }
  if (required.length || properties || node.additionalProperties === false) {
    const names = Object.keys(properties ?? {});
    const subs = names.map((name) => lazyChecker(properties![name]!, root));
    // A closed object is checked in one pass over the keys it has, each looked up among the known ones.
    const closed =
      node.additionalProperties === false ? new Map(names.map((name, i) => [name, subs[i]!])) : null;
    tests.push((v) => {
      if (!hasType(v, 'object')) return true;
      const object = v as Record<string, unknown>;
      for (let i = 0; i < required.length; i++) if (object[required[i]!] === undefined) return false;
      if (closed) {
        for (const name in object) {
          const sub = closed.get(name);
          if (!sub || !Object.hasOwn(object, name)) return false;
          const value = object[name];
          if (value !== undefined && !sub(value)) return false;
        }
        return true;
      }
      for (let i = 0; i < names.length; i++) {
        const value = object[names[i]!];
        if (value !== undefined && !subs[i]!(value)) return false;
      }
      return true;
    });
  }
  if (tests.length === 1) return tests[0]!;
  return (value) => {
    for (let i = 0; i < tests.length; i++) if (!tests[i]!(value)) return false;
    return true;
  };
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    // NaN and the infinities are no numbers: JSON cannot write them.
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

function resolveRef(ref: string, root: SchemaNode): SchemaNode {
  const target = ref.startsWith('#/$defs/') ? root.$defs?.[ref.slice(8)] : undefined;
  if (!target) throw new Error(`unsupported $ref ${ref}: only #/$defs/<name> of the same schema`);
  return target;
}

// Compiled once per pattern rather than once per value checked.
const patterns = new Map<string, RegExp>();

function compiled(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (!regex) {
    // The 'u' flag, as Ajv compiles patterns.
    regex = new RegExp(pattern, 'u');
    patterns.set(pattern, regex);
  }
  return regex;
}

function describeExpected(node: SchemaNode, words: Record<string, string>): string {
  if (node.$ref) return words[node.$ref.replace('#/$defs/', '')] ?? node.$ref;
  if (node.anyOf) return node.anyOf.map((branch) => describeExpected(branch, words)).join(' or ');
  if ('const' in node) return JSON.stringify(node.const);
  if (node.enum) return `one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  const types = ([] as string[]).concat(node.type ?? []);
  const phrases = types.map((t) => {
    if (t === 'string' && node.minLength) return 'a non-empty string';
    if (t === 'integer' || t === 'number') {
      const noun = t === 'integer' ? 'a whole number' : 'a number';
      if (node.minimum !== undefined && node.maximum !== undefined)
        return `${noun} from ${node.minimum} to ${node.maximum}`;
      if (node.minimum !== undefined) return `${noun} >= ${node.minimum}`;
      return noun;
    }
    if (t === 'array' && node.minItems) return `an array of at least ${node.minItems} item(s)`;
    return t === 'null' ? 'null' : `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`;
  });
  return phrases.join(' or ') || 'a valid value';
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return quote(value);
  return `${typeof value} ${String(value)}`;
}

/** A string as JSON, cut to 60 characters so that a pasted article never floods a message. */
export function quote(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
}

function member(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}
