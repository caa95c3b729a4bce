import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';

const schemaUrl = new URL('../../../../cards/deck.schema.json', import.meta.url);

/** cards/deck.schema.json compiled with ajv (draft 2020-12, strict, all errors). */
export const validateWithJsonSchema = new Ajv2020({ strict: true, allErrors: true }).compile(
  JSON.parse(readFileSync(schemaUrl, 'utf8')) as object,
);
