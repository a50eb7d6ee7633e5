// Compiles src/schema/timeline.schema.json with Ajv into plain validation code.
//
// Why standalone code rather than Ajv at run time: Ajv compiles schemas with `new Function`, which a strict
// Content-Security-Policy (no 'unsafe-eval') forbids, and Ajv itself would weigh more than the whole element.
// The generated module has no imports, so the browser bundle and the Node extractor share one validator.
// test/schema/generated-validator.test.ts fails when the checked-in file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateValidatorSource } from './validator-source.js';

const target = fileURLToPath(new URL('../src/schema/validate-structure.generated.ts', import.meta.url));
writeFileSync(target, generateValidatorSource());
console.log(`wrote ${target}`);
