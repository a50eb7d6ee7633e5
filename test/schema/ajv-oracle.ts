// Ajv as the oracle for src/schema/check-structure.ts: Ajv's verdict on the timeline schema, the JSON paths
// its errors flag, and its errors put into words the way validate.ts did when it ran Ajv's generated code.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { TimelineError } from '../../src/schema/validate.js';
import { DEFINITION_WORDS } from '../../src/schema/validate.js';

export const timelineJsonSchema = JSON.parse(
  readFileSync(new URL('../../src/schema/timeline.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

// verbose: errors then carry the schema node that failed and the value found, which the words need. It
// changes neither the verdict nor the paths.
const validate = new Ajv2020({ allErrors: true, strict: false, verbose: true }).compile(timelineJsonSchema);

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  parentSchema?: SchemaNode;
  data?: unknown;
}

interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  $ref?: string;
  anyOf?: SchemaNode[];
  minLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  properties?: Record<string, SchemaNode>;
}

export interface AjvVerdict {
  valid: boolean;
  /** JSON path of every value an error is about, a missing or unexpected property's own path included. */
  flagged: Set<string>;
  /** The errors in words, as validate.ts reported them before check-structure.ts. */
  errors: TimelineError[];
}

export function ajvVerdict(data: unknown): AjvVerdict {
  const valid = validate(data);
  const raw = ((validate.errors ?? []) as AjvError[]).slice();
  const flagged = new Set<string>();
  for (const e of raw) {
    const path = pointerToPath(e.instancePath);
    flagged.add(path);
    const name = e.params.missingProperty ?? e.params.additionalProperty;
    if (typeof name === 'string') flagged.add(`${path}${member(name)}`);
  }
  return { valid, flagged, errors: inWords(raw) };
}

function inWords(raw: AjvError[]): TimelineError[] {
  const anyOfAt = new Set(raw.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const explainedDeeper = new Set(
    [...anyOfAt].filter((at) => raw.some((e) => e.instancePath.startsWith(`${at}/`))),
  );
  const seen = new Set<string>();
  const out: TimelineError[] = [];
  for (const e of raw) {
    if (explainedDeeper.has(e.instancePath)) continue;
    if (e.keyword !== 'anyOf' && anyOfAt.has(e.instancePath)) continue;
    const error = describeAjvError(e);
    const key = `${error.path}: ${error.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(error);
    }
  }
  return out;
}

function describeAjvError(e: AjvError): TimelineError {
  const path = pointerToPath(e.instancePath);
  const schema = e.parentSchema ?? {};
  switch (e.keyword) {
    case 'required': {
      const name = String(e.params.missingProperty);
      const expected = schema.properties?.[name];
      return {
        path: `${path}${member(name)}`,
        message: `missing; expected ${expected ? expect(expected) : 'a value'}`,
      };
    }
    case 'additionalProperties': {
      const name = String(e.params.additionalProperty);
      const known = Object.keys(schema.properties ?? {}).join(', ');
      return { path: `${path}${member(name)}`, message: `unexpected property; expected only ${known}` };
    }
    case 'minItems':
      return { path, message: `expected at least ${e.params.limit} item(s), got ${describeValue(e.data)}` };
    default:
      return { path, message: `expected ${expect(schema)}, got ${describeValue(e.data)}` };
  }
}

function expect(schema: SchemaNode): string {
  if (schema.$ref) return DEFINITION_WORDS[schema.$ref.replace('#/$defs/', '')] ?? schema.$ref;
  if (schema.anyOf) return schema.anyOf.map(expect).join(' or ');
  if ('const' in schema) return JSON.stringify(schema.const);
  if (schema.enum) return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  const types = ([] as string[]).concat(schema.type ?? []);
  const words = types.map((t) => {
    if (t === 'string' && schema.minLength) return 'a non-empty string';
    if (t === 'integer' || t === 'number') {
      const noun = t === 'integer' ? 'a whole number' : 'a number';
      if (schema.minimum !== undefined && schema.maximum !== undefined)
        return `${noun} from ${schema.minimum} to ${schema.maximum}`;
      if (schema.minimum !== undefined) return `${noun} >= ${schema.minimum}`;
      return noun;
    }
    if (t === 'array' && schema.minItems) return `an array of at least ${schema.minItems} item(s)`;
    return t === 'null' ? 'null' : `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`;
  });
  return words.join(' or ') || 'a valid value';
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return `${typeof value} ${String(value)}`;
}

function member(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

/** `/events/3/date/start` to `$.events[3].date.start`. */
export function pointerToPath(pointer: string): string {
  if (!pointer) return '$';
  return (
    '$' +
    pointer
      .slice(1)
      .split('/')
      .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((seg) => (/^\d+$/.test(seg) ? `[${seg}]` : member(seg)))
      .join('')
  );
}
