// The failures the Environments model tells apart: a token that is missing or cannot do this, an environment gone.

import { PlatformError, ResultCode, isSessionRefused } from '../../platform';
import { GuidedError } from '../../util/guidedError';
import { t } from '../../util/l10n';

/** The account's token is not in SecretStorage (removed by another window, or storage was reset). */
export class MissingTokenError extends GuidedError {
  readonly problem = t('VS Code has no access token stored for this account.');
  readonly summary = t('No access token stored');
  readonly nextStep = 'replaceToken';
  constructor(readonly accountId: string) {
    super('No access token is stored for this account');
    this.name = 'MissingTokenError';
  }
}

export class UnknownAccountError extends Error {
  constructor(readonly accountId: string) {
    super('The account no longer exists');
    this.name = 'UnknownAccountError';
  }
}

/** 901, or the legacy 11: the environment does not exist (any more). */
export function isEnvironmentGone(error: unknown): boolean {
  return error instanceof PlatformError && (error.result === ResultCode.EnvironmentNotFound || error.result === ResultCode.ApplicationNotFound);
}

/** The token cannot do this (702 refused, 8202 not allowed, or no token at all): retrying will not help. */
export function isTokenProblem(error: unknown): boolean {
  if (error instanceof MissingTokenError || error instanceof UnknownAccountError) return true;
  return isSessionRefused(error) || (error instanceof PlatformError && error.result === ResultCode.PermissionDenied);
}
