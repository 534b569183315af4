// Typed errors of the platform layer. Each carries a `kind` the UI maps to wording and next steps.
// Messages name the API method and the platform host, and never carry a token, session, password or request body.
// They are shown to users (after "<operation> failed: "), so they go through the translation helper.

import { t } from '../util/l10n';

// The base class and the address error live in vapError.ts: activation needs them (it checks stored addresses),
// and not the rest of this file.
import { VapError } from './vapError';
export { OriginError, VapError } from './vapError';
export type { OriginProblem, VapErrorKind } from './vapError';

/** Which call failed, and where. */
export interface CallContext {
  /** API method name, e.g. `StopEnv`. */
  readonly method: string;
  /** Host (with port when not default) of the platform origin, e.g. `app.example.com`. */
  readonly host: string;
}

/** Any failure of one API call: the platform said no, or the answer never arrived intact. */
export abstract class CallError extends VapError {
  readonly method: string;
  readonly host: string;

  constructor(context: CallContext, message: string) {
    super(message);
    this.method = context.method;
    this.host = context.host;
  }
}

/** Result codes with a known meaning (platform-api.md). */
export const ResultCode = {
  Ok: 0,
  GenericFailure: 1,
  InvalidParameter: 3,
  ApplicationNotFound: 11,
  UnknownServerError: 99,
  AuthenticationFailed: 701,
  NotAuthenticated: 702,
  UserBlocked: 704,
  InvalidPassword: 801,
  EnvironmentNotFound: 901,
  NotAllowedInStatus: 2212,
  PermissionDenied: 8202,
  DeployFailed: 4060,
  ArchiveDamaged: 4071,
  ArchiveEmpty: 4072,
} as const;

const MEANINGS: ReadonlyMap<number, () => string> = new Map([
  [ResultCode.Ok, () => t('OK')],
  [ResultCode.GenericFailure, () => t('the operation failed')],
  [ResultCode.InvalidParameter, () => t('a parameter is invalid')],
  [ResultCode.ApplicationNotFound, () => t('the application or environment does not exist')],
  [ResultCode.UnknownServerError, () => t('unknown server error')],
  [ResultCode.AuthenticationFailed, () => t('wrong login or password')],
  [ResultCode.NotAuthenticated, () => t('not authenticated: the session or token is invalid, expired or revoked')],
  [ResultCode.UserBlocked, () => t('the user is blocked after too many sign-in attempts')],
  [ResultCode.InvalidPassword, () => t('the password is wrong')],
  [ResultCode.EnvironmentNotFound, () => t('the environment does not exist')],
  [ResultCode.NotAllowedInStatus, () => t("not allowed in the environment's current status")],
  [ResultCode.PermissionDenied, () => t('permission denied: the token does not allow this method')],
  [ResultCode.DeployFailed, () => t('the deployment failed')],
  [ResultCode.ArchiveDamaged, () => t('the archive is damaged')],
  [ResultCode.ArchiveEmpty, () => t('the archive is empty')],
]);

/** What a result code means, in words; unknown codes get a neutral sentence rather than a guess. */
export function resultMeaning(result: number): string {
  return MEANINGS.get(result)?.() ?? t('the platform reported an error');
}

export interface PlatformErrorDetails {
  readonly result: number;
  /** The platform's own words (`error`), already stripped of any secret we sent. */
  readonly platformMessage?: string;
  /** `source`, e.g. "JEL" or "hx-core". */
  readonly source?: string;
  /** `attemptsLeft` of an authentication answer (AuthenticationResponse), when present. */
  readonly attemptsLeft?: number;
}

/** The platform answered, and its answer was `result ≠ 0`. */
export class PlatformError extends CallError {
  readonly kind = 'platform';
  readonly result: number;
  readonly platformMessage?: string;
  readonly source?: string;
  readonly attemptsLeft?: number;
  readonly meaning: string;

  constructor(context: CallContext, details: PlatformErrorDetails) {
    const meaning = resultMeaning(details.result);
    const failed = t('{0} on {1} failed with result {2} ({3})', context.method, context.host, details.result, meaning);
    super(context, details.platformMessage ? `${failed}: ${details.platformMessage}` : failed);
    this.result = details.result;
    this.platformMessage = details.platformMessage;
    this.source = details.source;
    this.attemptsLeft = details.attemptsLeft;
    this.meaning = meaning;
  }
}

/** `"invalid parameter [session]"`: result 3 naming the session itself [text C: MVN createobject_error.json]. */
const SESSION_PARAMETER_REFUSED = /invalid parameter\s*\[\s*session\s*\]/i;

/**
 * The session or token itself was refused: 702, or result 3 "invalid parameter [session]", which is handled like
 * 702 (platform-api.md, result table) — for a token that means dead: *token invalid*, Replace Token.
 */
export function isSessionRefused(error: unknown): boolean {
  if (!(error instanceof PlatformError)) return false;
  if (error.result === ResultCode.NotAuthenticated) return true;
  return error.result === ResultCode.InvalidParameter && SESSION_PARAMETER_REFUSED.test(error.platformMessage ?? '');
}

/** HTTP 200 but not an API answer: a web page, malformed JSON, or JSON without a numeric `result`. */
export class UnexpectedResponseError extends CallError {
  readonly kind = 'unexpectedResponse';

  constructor(
    context: CallContext,
    /** What was wrong, in a few words (never the body itself). */
    readonly detail: string,
  ) {
    super(context, t('{0}: {1} gave an answer that is not platform API data ({2})', context.method, context.host, detail));
  }
}

/** HTTP 404: the host exists but serves no platform API at this path. */
export class WrongAddressError extends CallError {
  readonly kind = 'wrongAddress';
  readonly status = 404;

  constructor(context: CallContext) {
    super(context, t('{0}: there is no platform API at {1} (HTTP 404); check the platform address', context.method, context.host));
  }
}

/** Any other non-200 status: 5xx from the platform or a proxy, 4xx from something in between. */
export class ServerError extends CallError {
  readonly kind = 'server';

  constructor(
    context: CallContext,
    readonly status: number,
  ) {
    const message =
      status >= 500
        ? t('{0}: {1} answered with a server error (HTTP {2})', context.method, context.host, status)
        : t('{0}: {1} answered with an HTTP error (HTTP {2})', context.method, context.host, status);
    super(context, message);
  }
}

/** HTTP 3xx. Never followed: the token must not travel to another origin. */
export class RedirectError extends CallError {
  readonly kind = 'redirect';

  constructor(
    context: CallContext,
    readonly status: number,
    /** Origin the platform pointed to, when it was a readable http(s) URL. */
    readonly locationOrigin?: string,
  ) {
    const message = locationOrigin
      ? t('{0}: {1} redirected to {2} (HTTP {3}); redirects are not followed, check the platform address', context.method, context.host, locationOrigin, status)
      : t('{0}: {1} redirected (HTTP {2}); redirects are not followed, check the platform address', context.method, context.host, status);
    super(context, message);
  }
}

export class TimeoutError extends CallError {
  readonly kind = 'timeout';

  constructor(
    context: CallContext,
    readonly timeoutMs: number,
  ) {
    super(context, t('{0}: {1} did not answer within {2}', context.method, context.host, formatDuration(timeoutMs)));
  }
}

/** The connection could not be made or broke: refused, reset, DNS, TLS, cut mid-answer. */
export class NetworkError extends CallError {
  readonly kind = 'network';

  constructor(
    context: CallContext,
    /** System error code such as ECONNREFUSED or CERT_HAS_EXPIRED, when known. */
    readonly code?: string,
  ) {
    super(context, t('{0}: could not reach {1} ({2})', context.method, context.host, networkProblem(code)));
  }
}

/** The caller cancelled the call through its AbortSignal. */
export class AbortError extends CallError {
  readonly kind = 'aborted';

  constructor(context: CallContext) {
    super(context, t('{0} on {1} was cancelled', context.method, context.host));
  }
}

function networkProblem(code: string | undefined): string {
  switch (code) {
    case undefined:
      return t('the connection failed');
    case 'ECONNREFUSED':
      return t('connection refused');
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ERR_STREAM_PREMATURE_CLOSE':
      return t('the connection was cut');
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return t('host name not found');
    case 'ETIMEDOUT':
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return t('host unreachable');
    default:
      return /CERT|SSL|TLS/.test(code) ? t('TLS certificate problem: {0}', code) : code;
  }
}

function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 1000);
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}
