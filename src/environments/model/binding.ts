// Which environment this workspace uses: chosen by the user (kept in workspaceState as account id + env name), or
// named by a workspace setting `vap.workspaceEnvironment` {platform, envName}. The setting never decides where a
// token goes: it only selects among stored accounts whose origin host is exactly the named host.

import { Account } from '../../accounts/account';
import { originHost, parsePlatformOrigin } from '../../platform';

export interface StoredBinding {
  readonly accountId: string;
  readonly envName: string;
}

export interface ResolvedBinding extends StoredBinding {
  readonly source: 'workspace' | 'setting';
}

const ENV_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/i;
const MAX_SETTING_LENGTH = 2048;

export function isEnvName(value: unknown): value is string {
  return typeof value === 'string' && ENV_NAME.test(value);
}

/**
 * The origin a setting names, by the same rules as a typed address (parsePlatformOrigin): `app.example.com`,
 * `app.example.com:8443` or a URL like `https://App.Example.com/dashboard` (path, query and fragment dropped; user
 * info, other schemes and plain http to a non-loopback host refused).
 */
export function settingOrigin(platform: unknown): string | undefined {
  if (typeof platform !== 'string') return undefined;
  const text = platform.trim();
  // No host is that long; a workspace must not make us parse megabytes.
  if (!text || text.length > MAX_SETTING_LENGTH) return undefined;
  try {
    return parsePlatformOrigin(text);
  } catch {
    return undefined;
  }
}

/** A stored binding as read back from workspaceState (which may hold anything). */
export function readStoredBinding(value: unknown): StoredBinding | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { accountId, envName } = value as Record<string, unknown>;
  return typeof accountId === 'string' && isEnvName(envName) ? { accountId, envName } : undefined;
}

/**
 * The workspace's environment: the stored choice while its account exists; else the setting, on a stored account
 * whose origin host equals the setting's host exactly (several: the one known to have that
 * environment, else one not known to lack it, else the first).
 * @param hasEnv whether an account is known to have the environment (undefined: not known yet)
 */
export function resolveBinding(
  stored: StoredBinding | undefined,
  setting: unknown,
  accounts: readonly Account[],
  hasEnv: (accountId: string, envName: string) => boolean | undefined = () => undefined,
): ResolvedBinding | undefined {
  if (stored && accounts.some((account) => account.id === stored.accountId)) return { ...stored, source: 'workspace' };
  if (typeof setting !== 'object' || setting === null) return undefined;
  const { platform, envName } = setting as Record<string, unknown>;
  const origin = settingOrigin(platform);
  if (!origin || !isEnvName(envName)) return undefined;
  // The host decides, not the scheme: `https://localhost:8080` names the account of `http://localhost:8080`.
  const host = originHost(origin);
  const matching = accounts.filter((account) => originHost(account.origin) === host);
  const chosen =
    matching.find((account) => hasEnv(account.id, envName) === true) ??
    matching.find((account) => hasEnv(account.id, envName) !== false) ??
    matching[0];
  return chosen ? { accountId: chosen.id, envName, source: 'setting' } : undefined;
}
