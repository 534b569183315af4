// THE table of what every failure means to the user: one sentence with the next step, and a short form for tree rows.
// Pure, so the wording is unit-tested. Every command reaches it through ErrorReporter (ui/reporter.ts).
import { CallError, NetworkError, OriginError, PlatformError, ResultCode, TimeoutError, VapError, isSessionRefused, refusedPermission } from '../platform';
import { GuidedError, NextStep } from '../util/guidedError';
import { t } from '../util/l10n';
import { permissionInWords } from './permissionWords';

export interface Failure {
  /** "Stop Shop failed: the access token is invalid, expired or revoked." */
  readonly message: string;
  /** "Access token invalid, expired or revoked": the row a failed list shows; none when only the log can say more. */
  readonly summary?: string;
  readonly actions: readonly NextStep[];
  /** 8202: the permission the token lacks (`environment.file.Write`), for the steps that add it. */
  readonly permission?: string;
}

export interface FailureContext {
  /** What the user asked for, e.g. "Stop shop-prod", "Refresh access tokens". */
  readonly operation: string;
  /**
   * true: the call used the account's access token; false: a sign-in session. Absent (a command wrapper that cannot
   * tell): a refused method (8202) is read as the token's, since the owner's own sign-in is not refused methods [I].
   */
  readonly usedToken?: boolean;
  /** The environment's state in words, for "not allowed while …". */
  readonly currentState?: string;
}

export function describeFailure(error: unknown, context: FailureContext): Failure {
  const failed = (reason: string) => t('{0} failed: {1}', context.operation, reason);
  if (error instanceof GuidedError) return { message: failed(error.problem), summary: error.summary, actions: [error.nextStep] };
  if (error instanceof PlatformError) return describePlatformError(error, context, failed);
  if (error instanceof OriginError) return { message: failed(`${error.message}.`), summary: error.message, actions: [] };
  if (error instanceof TimeoutError || error instanceof NetworkError) {
    return { message: failed(`${error.message}.`), summary: t('Cannot reach {0}', error.host), actions: ['showLog'] };
  }
  if (error instanceof CallError) return { message: failed(`${error.message}.`), actions: ['showLog'] };
  if (error instanceof VapError) return { message: failed(error.message), actions: ['showLog'] };
  // Anything else is our bug; its text may be anything, so it goes to the log only.
  return { message: t('{0} failed unexpectedly. The log has the details.', context.operation), actions: ['showLog'] };
}

function describePlatformError(error: PlatformError, context: FailureContext, failed: (reason: string) => string): Failure {
  // 702, and "invalid parameter [session]" (3), which platform-api.md says to handle like 702.
  if (isSessionRefused(error)) {
    return context.usedToken
      ? {
          message: failed(t('the access token is invalid, expired or revoked.')),
          summary: t('Access token invalid, expired or revoked'),
          actions: ['replaceToken', 'showLog'],
        }
      : { message: failed(t('your sign-in has ended. Sign in again.')), summary: t('Your sign-in has ended'), actions: ['signInToManageTokens'] };
  }
  switch (error.result) {
    case ResultCode.PermissionDenied:
      return context.usedToken === false
        ? {
            message: failed(t('permission denied ({0}).', error.platformMessage ?? error.method)),
            summary: t('Permission denied'),
            actions: ['showLog'],
          }
        : tokenLacksPermission(error, failed);
    case ResultCode.NotAllowedInStatus: {
      const reason = context.currentState
        ? t('not allowed while the environment is {0}.', context.currentState)
        : t('not allowed in its current state.');
      return { message: failed(reason), summary: t('Not allowed in its current state'), actions: ['showLog'] };
    }
    case ResultCode.InvalidPassword:
      return { message: failed(t('the password is wrong.')), summary: t('Wrong password'), actions: [] };
    case ResultCode.AuthenticationFailed:
      return { message: failed(t('wrong login, password or verification code.')), summary: t('Wrong login or password'), actions: [] };
    case ResultCode.UserBlocked:
      return {
        message: failed(t('the account is blocked after too many sign-in attempts. Try later, or reset the password in the dashboard.')),
        summary: t('Account blocked'),
        actions: [],
      };
    case ResultCode.ArchiveDamaged:
    case ResultCode.ArchiveEmpty:
    case ResultCode.DeployFailed: {
      // Deploys (issue 16): the nodes' own words are in the VAP Deploy output, which the deploy shows beside this.
      const reason =
        error.result === ResultCode.ArchiveDamaged
          ? t('the platform could not open the archive ({0} answered 4071: damaged). Rebuild it and deploy again.', error.method)
          : error.result === ResultCode.ArchiveEmpty
            ? t('the archive is empty ({0} answered 4072). Check the build that made it.', error.method)
            : t('the platform could not deploy it ({0} answered 4060). The deploy output has the nodes’ log.', error.method);
      const words = error.platformMessage ? ` ${t('The platform says: {0}', error.platformMessage)}` : '';
      return { message: failed(reason + words), summary: t('Deployment failed'), actions: ['showLog'] };
    }
    case ResultCode.EnvironmentNotFound:
    case ResultCode.ApplicationNotFound:
      return { message: failed(t('the environment no longer exists.')), summary: t('The environment no longer exists'), actions: [] };
    default: {
      const answered = t('{0} answered {1} ({2}).', error.method, error.result, error.meaning);
      const words = error.platformMessage ? ` ${t('The platform says: {0}', error.platformMessage)}` : '';
      return { message: failed(answered + words), actions: ['showLog'] };
    }
  }
}

/** 8202 on a token: which method, in words, and the two ways to get it: add it to the token, or a new token. */
function tokenLacksPermission(error: PlatformError, failed: (reason: string) => string): Failure {
  const permission = refusedPermission(error) ?? error.method;
  return {
    message: failed(t('this token may not use {0}. Edit the token to allow it, or generate an IDE Plugins token.', permissionInWords(permission))),
    summary: t('This token may not use {0}', permission),
    actions: ['editToken', 'generateIdePluginsToken', 'showLog'],
    permission,
  };
}
