// Checks a JSON reply against a declared schema, field by field, and says what does not fit: keys neither the export
// nor the real sample knows, values of another type, enum values outside the list, dates not in the platform format.

import { resolve, Schema } from './reference';

export interface Problem {
  /** JSON path, e.g. `apiTokens[0].isSystem`. */
  readonly at: string;
  readonly what: string;
}

/**
 * @param sample a real answer of the same kind (or undefined): keys it has are known even when the export lacks
 *   them (the export names fields after Java getters, `sslState`; real JSON says `sslstate`), typed like the sample
 */
export function checkShape(value: unknown, schema: Schema | undefined, sample: unknown, at = ''): Problem[] {
  if (value === null) return []; // platform-api.md: read a null like an absent key, at any depth.
  const declared = schema && resolve(schema);
  if (!declared) return sample === undefined ? [{ at: at || '(reply)', what: 'unknown key' }] : typeLike(value, sample, at);
  const type = declared.type ?? (declared.properties ? 'object' : undefined);
  switch (type) {
    case 'object':
      return isRecord(value) ? checkObject(value, declared, isRecord(sample) ? sample : undefined, at) : [wrong(at, 'an object', value)];
    case 'array':
      if (!Array.isArray(value)) return [wrong(at, 'an array', value)];
      return value.flatMap((item, index) => checkShape(item, itemSchema(declared), Array.isArray(sample) ? sample[0] : undefined, `${at}[${index}]`));
    case 'integer':
      return Number.isInteger(value) ? [] : [wrong(at, 'an integer', value)];
    case 'number':
      return typeof value === 'number' ? [] : [wrong(at, 'a number', value)];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [wrong(at, 'a boolean', value)];
    case 'string':
      return checkString(value, declared, at);
    default:
      return [];
  }
}

function checkObject(value: Record<string, unknown>, schema: Schema, sample: Record<string, unknown> | undefined, at: string): Problem[] {
  const problems: Problem[] = [];
  for (const [key, field] of Object.entries(value)) {
    const where = at ? `${at}.${key}` : key;
    const declared = schema.properties?.[key];
    const known = sample !== undefined && Object.prototype.hasOwnProperty.call(sample, key);
    if (!declared && !known) {
      if (schema.additionalProperties === false || schema.properties) problems.push({ at: where, what: 'unknown key' });
      continue;
    }
    const against = checkShape(field, declared, known ? sample[key] : undefined, where);
    // Where the export and the real sample disagree on a type (`domain`, `nodesData`), the real JSON wins.
    if (against.length > 0 && declared && known && typeLike(field, sample[key], where).length === 0) continue;
    problems.push(...against);
  }
  return problems;
}

/**
 * An array's item schema. The export declares some item fields on the array itself (ApiTokensResponse puts
 * `tokenTemplate` beside `items`): an artefact of the exporter, read as fields of the items.
 */
function itemSchema(array: Schema): Schema | undefined {
  const items = array.items && resolve(array.items);
  if (!array.properties) return items;
  return { ...items, type: 'object', properties: { ...items?.properties, ...array.properties } };
}

function checkString(value: unknown, schema: Schema, at: string): Problem[] {
  if (typeof value !== 'string') return [wrong(at, 'a string', value)];
  // The export writes enum values as `TFA(1)`; JSON carries `TFA` (platform-api.md).
  const values = schema.enum?.map((entry) => entry.replace(/\(\d+\)$/, ''));
  if (values && !values.includes(value)) return [{ at, what: `${JSON.stringify(value)} is not one of ${values.join(', ')}` }];
  if (schema.format === 'date' && schema.pattern && !new RegExp(`^${schema.pattern}$`).test(value)) {
    return [{ at, what: `${JSON.stringify(value)} is not a platform date (yyyy-MM-dd HH:mm:ss)` }];
  }
  return [];
}

/** A key only the sample knows: same JSON type as there; objects and arrays checked against it, key by key. */
function typeLike(value: unknown, sample: unknown, at: string): Problem[] {
  if (sample === null) return [];
  if (Array.isArray(sample)) {
    if (!Array.isArray(value)) return [wrong(at, 'an array', value)];
    return sample.length === 0 ? [] : value.flatMap((item, index) => typeLike(item, sample[0], `${at}[${index}]`));
  }
  if (isRecord(sample)) {
    if (!isRecord(value)) return [wrong(at, 'an object', value)];
    return Object.entries(value).flatMap(([key, field]) =>
      Object.prototype.hasOwnProperty.call(sample, key) ? typeLike(field, sample[key], `${at}.${key}`) : [{ at: `${at}.${key}`, what: 'unknown key' }],
    );
  }
  return typeof value === typeof sample ? [] : [wrong(at, `a ${typeof sample}`, value)];
}

function wrong(at: string, expected: string, value: unknown): Problem {
  const actual = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
  return { at: at || '(reply)', what: `expected ${expected}, got ${actual}` };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
