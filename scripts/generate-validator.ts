// Writes src/schema/schema.generated.ts: timeline.schema.json without its descriptions, as a module that
// src/schema/check-structure.ts runs in the browser bundle and the Node extractor alike.
//
// Why a copy rather than importing the JSON: the descriptions are over a quarter of its gzipped weight and no
// message uses them. test/schema/generated-validator.test.ts fails when the checked-in file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSchemaSource } from './schema-source.js';

const target = fileURLToPath(new URL('../src/schema/schema.generated.ts', import.meta.url));
writeFileSync(target, generateSchemaSource());
console.log(`wrote ${target}`);
