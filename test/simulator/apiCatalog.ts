// The methods a token may be given (GetTokenApiList) and the token templates (GetTokenTemplates),
// plus turning a `tokenTemplate`/`apiList` pair into a token's scope.

import { invalidParameter } from './envelope';
import type { Variants } from './variants';
import {
  API_LIST_SEPARATORS,
  API_METHODS,
  CUSTOM_TEMPLATE_NAMES,
  EMPTY_SCOPE_REFUSED,
  IDE_DEPLOY_LOGS_FILES,
  TEMPLATE_WINS_OVER_API_LIST,
  TOKEN_TEMPLATES,
} from './guesses';

export interface ApiMethod {
  id: number;
  method: string;
  isSafe: boolean;
  isCollaborationAccessible: boolean;
  isPrivate: boolean;
}

export interface TokenTemplate {
  id: number;
  name: string;
  methods: ApiMethod[];
}

/** A token's permissions: a template's list, or a custom list when `template` is absent. */
export interface TokenScope {
  template?: TokenTemplate;
  methods: ApiMethod[];
}

export const API_CATALOG: readonly ApiMethod[] = API_METHODS.map((spec, index) => ({
  id: index + 1,
  method: spec.method,
  isSafe: spec.isSafe,
  isCollaborationAccessible: spec.isCollaborationAccessible,
  isPrivate: spec.isPrivate ?? false,
}));

const byName = new Map(API_CATALOG.map((item) => [item.method.toLowerCase(), item]));

export function findApiMethod(name: string): ApiMethod | undefined {
  return byName.get(name.trim().toLowerCase());
}

export const TEMPLATES: readonly TokenTemplate[] = TOKEN_TEMPLATES.map((spec) => ({
  id: spec.id,
  name: spec.name,
  methods:
    spec.methods === '*'
      ? API_CATALOG.filter((item) => !item.isPrivate)
      : spec.methods.map((name) => {
          const item = findApiMethod(name);
          if (!item) throw new Error(`guesses.ts: template ${spec.name} names unknown method ${name}`);
          return item;
        }),
}));

/** The IDE Plugins preset without deploy, logs and node files (variant `idePluginsPreset: 'environmentsOnly'`). */
const ENVIRONMENTS_ONLY_TEMPLATES: readonly TokenTemplate[] = TEMPLATES.map((template) =>
  template.name === 'IDE Plugins'
    ? { ...template, methods: template.methods.filter((item) => !IDE_DEPLOY_LOGS_FILES.includes(item.method)) }
    : template,
);

/** GetTokenTemplates as the variant in force plays it. */
export function templatesFor(preset: Variants['idePluginsPreset']): readonly TokenTemplate[] {
  return preset === 'environmentsOnly' ? ENVIRONMENTS_ONLY_TEMPLATES : TEMPLATES;
}

/** A template by name (case-insensitive) or numeric id. */
export function findTemplate(nameOrId: string | number, templates: readonly TokenTemplate[] = TEMPLATES): TokenTemplate | undefined {
  const text = String(nameOrId).trim();
  return templates.find((template) => template.name.toLowerCase() === text.toLowerCase() || String(template.id) === text);
}

/** GetTokenApiList's `search`: case-insensitive substring of the method name. */
export function searchApiList(search: string | undefined, showPrivate: boolean): ApiMethod[] {
  const needle = (search ?? '').trim().toLowerCase();
  return API_CATALOG.filter((item) => (showPrivate || !item.isPrivate) && item.method.toLowerCase().includes(needle));
}

/** Method names from an apiList parameter: comma/semicolon separated, or a JSON array of strings. */
export function splitApiList(apiList: string): string[] {
  const text = apiList.trim();
  if (text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw invalidParameter('apiList', 'not a valid JSON array');
    }
    if (!Array.isArray(parsed) || parsed.some((item) => typeof item !== 'string')) {
      throw invalidParameter('apiList', 'expected an array of method names');
    }
    return (parsed as string[]).map((name) => name.trim()).filter(Boolean);
  }
  return text
    .split(API_LIST_SEPARATORS)
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * The scope for `tokenTemplate` and `apiList` as sent (undefined = not sent). Returns undefined when neither says
 * anything (EditToken then keeps the current scope). Throws invalid parameter for unknown names.
 */
export function resolveScope(
  tokenTemplate: string | undefined,
  apiList: string | undefined,
  templates: readonly TokenTemplate[] = TEMPLATES,
): TokenScope | undefined {
  const wantsTemplate = tokenTemplate !== undefined && !CUSTOM_TEMPLATE_NAMES.includes(tokenTemplate.trim().toLowerCase());
  if (wantsTemplate && (TEMPLATE_WINS_OVER_API_LIST || apiList === undefined)) {
    const template = findTemplate(tokenTemplate, templates);
    if (!template) throw invalidParameter('tokenTemplate', `unknown template ${tokenTemplate}`);
    return { template, methods: template.methods };
  }
  if (apiList === undefined) {
    if (tokenTemplate === undefined) return undefined;
    throw invalidParameter('apiList', 'a custom token needs a list of methods');
  }
  const methods: ApiMethod[] = [];
  for (const name of splitApiList(apiList)) {
    const item = findApiMethod(name);
    if (!item) throw invalidParameter('apiList', `unknown method ${name}`);
    if (!methods.includes(item)) methods.push(item);
  }
  if (EMPTY_SCOPE_REFUSED && methods.length === 0) throw invalidParameter('apiList', 'no methods given');
  return { methods };
}
