// Which token permissions a feature needs, which of them a token or preset lacks, and which one a refusal (8202)
// names: the preset's method list is read from GetTokenTemplates at run time, never assumed (platform-api.md [?]).

import { PlatformError, ResultCode } from './errors';
import { ApiMethod, permissionOf } from './methods';

/** Deploying an archive from the disk: upload it, pick the node group, deploy, see what is deployed. */
export const ARCHIVE_DEPLOY_METHODS: readonly ApiMethod[] = ['Upload', 'GetNodeGroups', 'DeployArchive', 'GetDeployments'];
/** Deploying from a Git repository. */
export const GIT_DEPLOY_METHODS: readonly ApiMethod[] = ['AddRepo', 'Deploy', 'Update', 'GetDeployments'];
/** Reading (and following) a node's logs. */
export const LOG_METHODS: readonly ApiMethod[] = ['GetLogsList', 'ReadLog'];
/** Node files in an editor. */
export const FILE_METHODS: readonly ApiMethod[] = ['GetList', 'Read', 'Write'];

/** The permissions of `needed` that `granted` (a token's or a preset's method list) lacks, in `needed` order. */
export function missingPermissions(granted: readonly string[], needed: readonly ApiMethod[]): string[] {
  const have = new Set(granted.map((name) => name.toLowerCase()));
  return needed.map(permissionOf).filter((name) => !have.has(name.toLowerCase()));
}

/** Matches `group.service.Method` in a platform message, e.g. "required permissions: environment.file.Write". */
const PERMISSION_IN_WORDS = /\b([a-z]+\.[a-z]+\.[A-Z]\w*)\b/;

/**
 * The permission an 8202 refusal is about: the one the platform names in its words, else the refused call's own.
 * Undefined for any other error.
 */
export function refusedPermission(error: unknown): string | undefined {
  if (!(error instanceof PlatformError) || error.result !== ResultCode.PermissionDenied) return undefined;
  const named = PERMISSION_IN_WORDS.exec(error.platformMessage ?? '')?.[1];
  if (named) return named;
  try {
    return permissionOf(error.method as ApiMethod);
  } catch {
    return undefined;
  }
}
