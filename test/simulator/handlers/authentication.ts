// users/authentication: Signin, Signout and token management (sign-in session only; changes need the password).

import { resolveScope, searchApiList, templatesFor } from '../apiCatalog';
import { parsePlatformDate } from '../dates';
import { ApiError, invalidParameter, ok, RESULT } from '../envelope';
import { ALL_IDS, ID_LIST_SEPARATORS, MESSAGES, PAST_EXPIRY_REFUSED, REGENERATE_ACCEPTS_IDS } from '../guesses';
import { Params } from '../params';
import { AuthedRequest, route, Route } from '../routes';
import { tokenView } from '../tokens';
import { signinAnswer, verifyCode } from './twoFactor';

const PATH = 'users/authentication';

/** `ids`: explicit ids, or `*` = every token of the account [C: PYJ docstring]; undefined when `optional` and blank. */
function readIds(params: Params, optional: boolean): number[] | typeof ALL_IDS | undefined {
  const text = params.get('ids')?.trim();
  if (text === ALL_IDS) return ALL_IDS;
  if (optional && !text) return undefined;
  return params.idList('ids', ID_LIST_SEPARATORS);
}

/** Every token change is confirmed with the account password: missing or wrong → 801. */
function checkPassword({ params, caller }: AuthedRequest): void {
  if (params.get('password') !== caller.account.password) throw new ApiError(RESULT.INVALID_PASSWORD, MESSAGES.invalidPassword);
}

/**
 * expiresAt as sent: undefined = not sent; '' = never expires (null) when `emptyMeansNever`; else a future
 * `yyyy-MM-dd HH:mm:ss` UTC date.
 */
function readExpiry(params: Params, now: number, emptyMeansNever: boolean): number | null | undefined {
  const text = params.get('expiresAt');
  if (text === undefined) return undefined;
  if (text.trim() === '') return emptyMeansNever ? null : undefined;
  const ms = parsePlatformDate(text);
  if (ms === undefined) throw invalidParameter('expiresAt', 'expected yyyy-MM-dd HH:mm:ss');
  if (PAST_EXPIRY_REFUSED && ms <= now) throw invalidParameter('expiresAt', 'the date is in the past');
  return ms;
}

const apiListItems = (methods: { id: number; method: string }[]) => methods.map(({ id, method }) => ({ id, method }));

export const authenticationRoutes: Route[] = [
  route(PATH, 'Signin', {
    access: 'public',
    postOnly: true,
    // `code` is not a Signin parameter [C: EXPORT] and is ignored; two-factor accounts get a restricted session.
    handle: ({ platform, params }) => signinAnswer(platform, platform.accounts.signIn(params.required('login'), params.required('password'))),
  }),

  route(PATH, 'Verify2FACode', {
    access: 'pending',
    handle: (request) => verifyCode(request),
  }),

  route(PATH, 'Signout', {
    access: 'signout',
    // With a token as `session` it answers 0 [I: MVN DeployMojo] and leaves the token alone (TOKEN_SIGNOUT_KEEPS_TOKEN).
    handle: ({ platform, caller }) => {
      if (caller.session) platform.sessions.remove(caller.session);
      return ok();
    },
  }),

  route(PATH, 'GetTokenTemplates', {
    access: 'signin',
    // The IDE Plugins preset's list is unknown [?]: sim.variants.idePluginsPreset plays each form.
    handle: ({ platform }) =>
      ok({
        templates: templatesFor(platform.variants.idePluginsPreset).map(({ id, name, methods }) => ({ id, name, apiListItems: apiListItems(methods) })),
      }),
  }),

  route(PATH, 'GetTokenApiList', {
    access: 'signin',
    handle: ({ params }) =>
      ok({
        tokenPermissions: searchApiList(params.get('search'), params.bool('showPrivate')).map(
          ({ id, method, isSafe, isCollaborationAccessible }) => ({ id, method, isSafe, isCollaborationAccessible }),
        ),
      }),
  }),

  route(PATH, 'CreateToken', {
    access: 'signin',
    handle: (request) => {
      const { platform, params, caller } = request;
      const description = params.required('description');
      checkPassword(request);
      const scope = resolveScope(params.get('tokenTemplate'), params.get('apiList'), templatesFor(platform.variants.idePluginsPreset));
      if (!scope) throw invalidParameter('tokenTemplate', 'give a template or an apiList');
      const expiresAt = readExpiry(params, platform.clock.now(), false) ?? undefined;
      const token = platform.tokens.create(caller.account.uid, { description, scope, expiresAt });
      return ok({ token: tokenView(token, { withKey: true }) });
    },
  }),

  route(PATH, 'GetTokens', {
    access: 'signin',
    handle: ({ platform, params, caller }) => {
      const ids = readIds(params, true);
      const tokens = platform.tokens.list(caller.account.uid, ids === ALL_IDS ? undefined : ids);
      return ok({ apiTokens: tokens.map((token) => tokenView(token, { withKey: false })) });
    },
  }),

  route(PATH, 'EditToken', {
    access: 'signin',
    handle: (request) => {
      const { platform, params, caller } = request;
      const id = params.requiredInt('id');
      checkPassword(request);
      const description = params.get('description');
      if (description !== undefined && description.trim() === '') throw invalidParameter('description');
      const token = platform.tokens.edit(caller.account.uid, id, {
        description,
        scope: resolveScope(params.get('tokenTemplate'), params.get('apiList'), templatesFor(platform.variants.idePluginsPreset)),
        expiresAt: readExpiry(params, platform.clock.now(), true),
      });
      return ok({ token: tokenView(token, { withKey: false }) });
    },
  }),

  route(PATH, 'RegenerateToken', {
    access: 'signin',
    handle: (request) => {
      const { platform, params, caller } = request;
      // `id` [C: EXPORT] or `ids` [C: PYJ]; with both, `id`.
      const id = params.get('id') === undefined && REGENERATE_ACCEPTS_IDS && params.get('ids') !== undefined
        ? params.requiredInt('ids')
        : params.requiredInt('id');
      checkPassword(request);
      return ok({ token: tokenView(platform.tokens.regenerate(caller.account.uid, id), { withKey: true }) });
    },
  }),

  route(PATH, 'DeleteTokens', {
    access: 'signin',
    handle: (request) => {
      const { platform, params, caller } = request;
      const ids = readIds(params, false) as number[] | typeof ALL_IDS;
      checkPassword(request);
      const uid = caller.account.uid;
      platform.tokens.delete(uid, ids === ALL_IDS ? platform.tokens.list(uid).map((token) => token.id) : ids);
      return ok();
    },
  }),
];
