// Turns any failure into one sentence with the next step. Pure, so the wording is unit-tested.
import { CallError, isSessionRefused, OriginError, PlatformError, ResultCode, VapError } from '../platform';

/** Next steps a failure message can offer; the reporter maps each to a command. */
export type FailureAction = 'replaceToken' | 'generateIdePluginsToken' | 'signInToManageTokens' | 'showLog';

export interface Failure {
  readonly message: string;
  readonly actions: readonly FailureAction[];
}

export interface FailureContext {
  /** What the user asked for, e.g. "Stop shop-prod", "Refresh access tokens". */
  readonly operation: string;
  /** The call used the account's access token (not a management sign-in session). */
  readonly usedToken?: boolean;
  /** The environment's state in words, for "not allowed while …". */
  readonly currentState?: string;
}

export function describeFailure(error: unknown, context: FailureContext): Failure {
  const prefix = `${context.operation} failed`;
  if (error instanceof PlatformError) return describePlatformError(error, context, prefix);
  if (error instanceof OriginError) return { message: `${prefix}: ${error.message}.`, actions: [] };
  if (error instanceof CallError) return { message: `${prefix}: ${error.message}.`, actions: ['showLog'] };
  if (error instanceof VapError) return { message: `${prefix}: ${error.message}`, actions: ['showLog'] };
  // Anything else is our bug; its text may be anything, so it goes to the log only.
  return { message: `${prefix} unexpectedly. The log has the details.`, actions: ['showLog'] };
}

function describePlatformError(error: PlatformError, context: FailureContext, prefix: string): Failure {
  if (isSessionRefused(error)) {
    return context.usedToken
      ? { message: `${prefix}: the access token is invalid, expired or revoked.`, actions: ['replaceToken', 'showLog'] }
      : { message: `${prefix}: your sign-in has ended. Sign in again.`, actions: ['signInToManageTokens'] };
  }
  switch (error.result) {
    case ResultCode.PermissionDenied:
      return context.usedToken
        ? {
            message: `${prefix}: the access token does not allow ${error.method}. An IDE Plugins token does.`,
            actions: ['generateIdePluginsToken', 'showLog'],
          }
        : { message: `${prefix}: permission denied (${error.platformMessage ?? error.method}).`, actions: ['showLog'] };
    case ResultCode.NotAllowedInStatus: {
      const state = context.currentState ? ` while the environment is ${context.currentState}` : ' in its current state';
      return { message: `${prefix}: not allowed${state}.`, actions: ['showLog'] };
    }
    case ResultCode.InvalidPassword:
      return { message: `${prefix}: the password is wrong.`, actions: [] };
    case ResultCode.AuthenticationFailed:
      return { message: `${prefix}: wrong login, password or verification code.`, actions: [] };
    case ResultCode.UserBlocked:
      return {
        message: `${prefix}: the account is blocked after too many sign-in attempts. Try later, or reset the password in the dashboard.`,
        actions: [],
      };
    case ResultCode.EnvironmentNotFound:
    case ResultCode.ApplicationNotFound:
      return { message: `${prefix}: the environment no longer exists.`, actions: [] };
    default: {
      const words = error.platformMessage ? ` The platform says: ${error.platformMessage}` : '';
      return { message: `${prefix}: ${error.method} answered ${error.result} (${error.meaning}).${words}`, actions: ['showLog'] };
    }
  }
}
