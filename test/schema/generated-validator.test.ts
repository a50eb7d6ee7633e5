import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateSchemaSource, stripAnnotations } from '../../scripts/schema-source.js';
import { EVENT_TYPES } from '../../src/schema/types.js';
import { DEFINITION_WORDS } from '../../src/schema/validate.js';

const schema = JSON.parse(
  readFileSync(new URL('../../src/schema/timeline.schema.json', import.meta.url), 'utf8'),
) as { $defs: Record<string, unknown>; $defs_event?: never };

test('the checked-in schema module is what the generator makes of the schema today', () => {
  const current = readFileSync(new URL('../../src/schema/schema.generated.ts', import.meta.url), 'utf8');
  assert.ok(current === generateSchemaSource(), 'stale: run "npm run gen:validator" and commit the result');
});

test('annotations are left out, while properties named like them and enum values stay', () => {
  assert.deepEqual(
    stripAnnotations({
      title: 'a timeline',
      description: 'why',
      $comment: 'note',
      examples: [{}],
      type: 'object',
      properties: {
        title: { type: 'string', description: 'headline' },
        kind: { enum: ['title', 'description'] },
        list: { type: 'array', items: { $comment: 'x', type: 'string' } },
        either: { anyOf: [{ type: 'null', title: 'nothing' }] },
      },
      $defs: { description: { type: 'string', examples: ['a'] } },
    }),
    {
      type: 'object',
      properties: {
        title: { type: 'string' },
        kind: { enum: ['title', 'description'] },
        list: { type: 'array', items: { type: 'string' } },
        either: { anyOf: [{ type: 'null' }] },
      },
      $defs: { description: { type: 'string' } },
    },
  );
});

test('the schema and the TypeScript types list the same event types', () => {
  const event = schema.$defs.event as { properties: { type: { enum: string[] } } };
  assert.deepEqual(event.properties.type.enum, [...EVENT_TYPES]);
});

test('every schema definition has words for error messages', () => {
  assert.deepEqual(Object.keys(DEFINITION_WORDS).sort(), Object.keys(schema.$defs).sort());
});
