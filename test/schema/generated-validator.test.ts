import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateValidatorSource } from '../../scripts/validator-source.js';
import { EVENT_TYPES } from '../../src/schema/types.js';
import { DEFINITION_WORDS } from '../../src/schema/validate.js';

const schema = JSON.parse(
  readFileSync(new URL('../../src/schema/timeline.schema.json', import.meta.url), 'utf8'),
) as { $defs: Record<string, unknown>; $defs_event?: never };

test('the checked-in validator is what Ajv generates from the schema today', () => {
  const current = readFileSync(
    new URL('../../src/schema/validate-structure.generated.ts', import.meta.url),
    'utf8',
  );
  assert.ok(
    current === generateValidatorSource(),
    'stale: run "npm run gen:validator" and commit the result',
  );
});

test('the schema and the TypeScript types list the same event types', () => {
  const event = schema.$defs.event as { properties: { type: { enum: string[] } } };
  assert.deepEqual(event.properties.type.enum, [...EVENT_TYPES]);
});

test('every schema definition has words for error messages', () => {
  assert.deepEqual(Object.keys(DEFINITION_WORDS).sort(), Object.keys(schema.$defs).sort());
});
