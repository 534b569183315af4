// Personal access token management. Every call here needs a sign-in session: tokens cannot manage tokens.

import { PlatformClient } from './client';
import { formatWireDate, parseWireDate } from './dates';
import { UnexpectedResponseError } from './errors';
import { API_LIST_SEPARATOR, ID_LIST_SEPARATOR, NO_EXPIRY_VALUE, REGENERATE_ID_PARAM } from './guesses';
import { JsonObject, arrayAt, booleanAt, compact, idAt, isObject, objectAt, stringAt, textAt } from './json';
import { ApiMethod } from './methods';

export interface TemplateRef {
  readonly id?: number;
  readonly name: string;
}

export interface AccessToken {
  readonly id: number;
  readonly description: string;
  /** The secret. Only CreateToken and RegenerateToken are sure to return it; lists may mask or omit it. */
  readonly key?: string;
  readonly expiresAt?: Date;
  readonly lastUsed?: Date;
  readonly createdOn?: Date;
  readonly template?: TemplateRef;
  /** API methods the token may call, e.g. `environment.control.StopEnv`. */
  readonly methods: readonly string[];
}

/** A token just created or regenerated: its value is there, shown this once. */
export type NewAccessToken = AccessToken & { readonly key: string };

export interface TokenTemplate {
  readonly id: number;
  readonly name: string;
  readonly methods: readonly string[];
}

export interface ApiPermission {
  readonly id?: number;
  readonly method: string;
  readonly isSafe?: boolean;
  readonly isCollaborationAccessible?: boolean;
}

/** What a token may call: a preset by name, or an explicit list of methods (Custom). */
export type TokenScope =
  | { readonly template: string; readonly apiList?: undefined }
  | { readonly apiList: readonly string[]; readonly template?: undefined };

export type CreateTokenInput = TokenScope & {
  readonly description: string;
  /** Absent or null: never expires. */
  readonly expiresAt?: Date | null;
  readonly password: string;
};

export type EditTokenInput = {
  readonly id: number;
  readonly password: string;
  readonly description?: string;
  /** Undefined: unchanged; null: never expires. */
  readonly expiresAt?: Date | null;
} & (TokenScope | { readonly template?: undefined; readonly apiList?: undefined });

export async function getTokenTemplates(client: PlatformClient, session: string): Promise<TokenTemplate[]> {
  const answer = await client.call('GetTokenTemplates', {}, { session });
  const templates: TokenTemplate[] = [];
  for (const item of arrayAt(answer.templates)) {
    if (!isObject(item)) continue;
    const id = idAt(item.id);
    const name = textAt(item.name);
    if (id !== undefined && name !== undefined) templates.push({ id, name, methods: methodsOf(item.apiListItems) });
  }
  return templates;
}

export async function getTokenApiList(
  client: PlatformClient,
  session: string,
  options: { search?: string; showPrivate?: boolean } = {},
): Promise<ApiPermission[]> {
  const answer = await client.call(
    'GetTokenApiList',
    { search: options.search, showPrivate: options.showPrivate },
    { session },
  );
  const permissions: ApiPermission[] = [];
  for (const item of arrayAt(answer.tokenPermissions)) {
    if (!isObject(item)) continue;
    const method = textAt(item.method);
    if (method === undefined) continue;
    permissions.push(
      compact({
        id: idAt(item.id),
        method,
        isSafe: booleanAt(item.isSafe),
        isCollaborationAccessible: booleanAt(item.isCollaborationAccessible),
      }),
    );
  }
  return permissions;
}

export async function createToken(
  client: PlatformClient,
  session: string,
  input: CreateTokenInput,
): Promise<NewAccessToken> {
  const answer = await client.call(
    'CreateToken',
    {
      description: input.description,
      ...scopeParams(input),
      expiresAt: input.expiresAt ? formatWireDate(input.expiresAt) : undefined,
      password: input.password,
    },
    { session },
  );
  return withKey(client, 'CreateToken', answer);
}

/** All tokens of the account, or only those with the given ids. */
export async function getTokens(
  client: PlatformClient,
  session: string,
  ids?: readonly number[],
): Promise<AccessToken[]> {
  const answer = await client.call('GetTokens', { ids: ids?.join(ID_LIST_SEPARATOR) }, { session });
  const tokens: AccessToken[] = [];
  for (const item of arrayAt(answer.apiTokens)) {
    const token = toAccessToken(item);
    if (token) tokens.push(token);
  }
  return tokens;
}

export async function editToken(client: PlatformClient, session: string, input: EditTokenInput): Promise<AccessToken> {
  const answer = await client.call(
    'EditToken',
    {
      id: input.id,
      description: input.description,
      ...scopeParams(input),
      expiresAt: input.expiresAt === null ? NO_EXPIRY_VALUE : input.expiresAt && formatWireDate(input.expiresAt),
      password: input.password,
    },
    { session },
  );
  const token = toAccessToken(answer.token);
  if (!token) throw new UnexpectedResponseError(client.context('EditToken'), 'no token in the answer');
  return token;
}

/** A new value for the token; the old value stops working at once. */
export async function regenerateToken(
  client: PlatformClient,
  session: string,
  id: number,
  password: string,
): Promise<NewAccessToken> {
  const answer = await client.call('RegenerateToken', { [REGENERATE_ID_PARAM]: id, password }, { session });
  return withKey(client, 'RegenerateToken', answer);
}

/** Deletes the tokens; with no ids it sends nothing. */
export async function deleteTokens(
  client: PlatformClient,
  session: string,
  ids: readonly number[],
  password: string,
): Promise<void> {
  if (ids.length === 0) return;
  await client.call('DeleteTokens', { ids: ids.join(ID_LIST_SEPARATOR), password }, { session });
}

/** Maps one wire token; anything without a numeric id is not a token we can act on. */
export function toAccessToken(value: unknown): AccessToken | undefined {
  if (!isObject(value)) return undefined;
  const id = idAt(value.id);
  if (id === undefined) return undefined;
  const wireTemplate = objectAt(value.tokenTemplate);
  const templateName = textAt(wireTemplate?.name);
  const ownMethods = methodsOf(value.apiListItems);
  // A preset token may list its methods only under its template.
  const methods = ownMethods.length > 0 ? ownMethods : methodsOf(wireTemplate?.apiListItems);
  return compact({
    id,
    description: stringAt(value.description) ?? '',
    key: textAt(value.key),
    expiresAt: parseWireDate(value.expiresAt),
    lastUsed: parseWireDate(value.lastUsed),
    createdOn: parseWireDate(value.createdOn),
    template: templateName === undefined ? undefined : compact({ id: idAt(wireTemplate?.id), name: templateName }),
    methods,
  });
}

/** `apiListItems` holds `{method}` objects, or plain method names on some platforms. */
function methodsOf(items: unknown): string[] {
  const methods: string[] = [];
  for (const item of arrayAt(items)) {
    const method = typeof item === 'string' ? item : isObject(item) ? textAt(item.method) : undefined;
    if (method) methods.push(method);
  }
  return methods;
}

function scopeParams(scope: { template?: string; apiList?: readonly string[] }): Record<string, string | undefined> {
  if (scope.template !== undefined) return { tokenTemplate: scope.template };
  if (scope.apiList !== undefined) return { apiList: scope.apiList.join(API_LIST_SEPARATOR) };
  return {};
}

function withKey(client: PlatformClient, method: ApiMethod, answer: JsonObject): NewAccessToken {
  const token = toAccessToken(answer.token);
  if (!token) throw new UnexpectedResponseError(client.context(method), 'no token in the answer');
  if (token.key === undefined) {
    throw new UnexpectedResponseError(client.context(method), 'no token value in the answer');
  }
  return token as NewAccessToken;
}
