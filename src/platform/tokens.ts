// Personal access token management. Every call here needs a sign-in session: tokens cannot manage tokens.

import { t } from '../util/l10n';
import { PlatformClient } from './client';
import { formatWireDate, parseWireDate } from './dates';
import { UnexpectedResponseError } from './errors';
import { API_LIST_SEPARATOR, ID_LIST_SEPARATOR, NO_EXPIRY_VALUE, REGENERATE_ID_PARAMS } from './guesses';
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
  /** The creation date's JSON name is unknown (`createdOn` is a guess): set only when such a date arrives. */
  readonly createdOn?: Date;
  readonly template?: TemplateRef;
  /** API methods the token may call, e.g. `environment.control.StopEnv`. */
  readonly methods: readonly string[];
  /** Made by the platform, not the user: shown read-only, never edited, regenerated or removed by VS Code. */
  readonly isSystem: boolean;
  /** `extraData`: its meaning is unknown [?]; kept as it came, never interpreted. */
  readonly extraData?: string;
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

/**
 * EditToken always carries the token's whole state: an edit without the scope can turn a preset token into
 * Custom, and whether an omitted description or expiry is kept is unknown (platform-api.md, EditToken).
 */
export type EditTokenInput = TokenScope & {
  readonly id: number;
  readonly password: string;
  readonly description: string;
  /** null: never expires. */
  readonly expiresAt: Date | null;
};

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
      expiresAt: input.expiresAt === null ? NO_EXPIRY_VALUE : formatWireDate(input.expiresAt),
      password: input.password,
    },
    { session },
  );
  const token = toAccessToken(answer.token);
  if (!token) throw new UnexpectedResponseError(client.context('EditToken'), t('no token in the answer'));
  return token;
}

/** A new value for the token; the old value stops working at once. */
export async function regenerateToken(
  client: PlatformClient,
  session: string,
  id: number,
  password: string,
): Promise<NewAccessToken> {
  const ids = Object.fromEntries(REGENERATE_ID_PARAMS.map((name) => [name, id]));
  const answer = await client.call('RegenerateToken', { ...ids, password }, { session });
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

/** The scope a token has now: its preset by name, else its exact methods (Custom). */
export function scopeOf(token: AccessToken): TokenScope {
  return token.template ? { template: token.template.name } : { apiList: token.methods };
}

/** An EditToken input that keeps everything the token has now except `changes`. */
export function editOf(
  token: AccessToken,
  password: string,
  changes: Partial<Pick<EditTokenInput, 'description' | 'expiresAt'>> & { scope?: TokenScope } = {},
): EditTokenInput {
  return {
    id: token.id,
    password,
    description: changes.description ?? token.description,
    expiresAt: changes.expiresAt === undefined ? (token.expiresAt ?? null) : changes.expiresAt,
    ...(changes.scope ?? scopeOf(token)),
  };
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
    // Absent or not a boolean reads as a user token: that is what every token was before `isSystem` existed.
    isSystem: booleanAt(value.isSystem) ?? false,
    extraData: textAt(value.extraData),
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

function scopeParams(scope: TokenScope): Record<string, string> {
  if (scope.template !== undefined) return { tokenTemplate: scope.template };
  return { apiList: scope.apiList.join(API_LIST_SEPARATOR) };
}

function withKey(client: PlatformClient, method: ApiMethod, answer: JsonObject): NewAccessToken {
  const token = toAccessToken(answer.token);
  if (!token) throw new UnexpectedResponseError(client.context(method), t('no token in the answer'));
  if (token.key === undefined) {
    throw new UnexpectedResponseError(client.context(method), t('no token value in the answer'));
  }
  return token as NewAccessToken;
}
