// The reply shapes the platform declares: the OpenAPI export's subset (reference/openapi-subset.yaml, a copy of the
// team's shared/platform/openapi-subset.yaml) and the real GetEnvInfo sample (../platform/fixtures/get-env-info.json,
// a copy of shared/platform/samples/get-env-info.json). platform-api.md: trust the sample over the export for names.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { ApiMethod, methodPath } from '../../../src/platform/methods';

export type Schema = {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly items?: Schema;
  readonly enum?: readonly string[];
  readonly format?: string;
  readonly pattern?: string;
  readonly additionalProperties?: boolean;
  readonly $ref?: string;
};

/** The source tree, whether this runs from out/ (compiled) or from source. */
const SOURCE_DIR = [__dirname, path.resolve(__dirname, '../../../../test/unit/contract')].find((dir) =>
  fs.existsSync(path.join(dir, 'reference', 'openapi-subset.yaml')),
);
if (!SOURCE_DIR) throw new Error('contract: reference/openapi-subset.yaml not found');

export const REFERENCE_FILES = {
  openApi: path.join(SOURCE_DIR, 'reference', 'openapi-subset.yaml'),
  sample: path.join(SOURCE_DIR, '..', 'platform', 'fixtures', 'get-env-info.json'),
};

const spec = parse(fs.readFileSync(REFERENCE_FILES.openApi, 'utf8')) as {
  paths: Record<string, { post?: { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> } }>;
  components: { schemas: Record<string, Schema> };
};

/** The real GetEnvInfo answer; GetEnvs' `infos[]` items have its shape. */
export const ENV_INFO_SAMPLE: unknown = JSON.parse(fs.readFileSync(REFERENCE_FILES.sample, 'utf8'));

/** `#/components/schemas/X` → X's schema (one level; `resolve` is applied again wherever a ref appears). */
export function resolve(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = spec.components.schemas[name];
  if (!target) throw new Error(`contract: unknown schema ${schema.$ref}`);
  return resolve(target);
}

export function namedSchema(name: string): Schema {
  return resolve({ $ref: `#/components/schemas/${name}` });
}

/** The declared 200 reply of a method, or undefined when the export subset has no such path (Verify2FACode). */
export function replySchema(method: ApiMethod): Schema | undefined {
  const declared = spec.paths[methodPath(method).replace(/^\/1\.0/, '')]?.post?.responses?.['200']?.content?.['application/json']?.schema;
  return declared && resolve(declared);
}
