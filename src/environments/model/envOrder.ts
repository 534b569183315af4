// The order environments are listed in: by label as a person reads it.

import type { Environment } from '../../platform';
import type { Compare } from '../../util/naturalOrder';
import { envLabel } from './envState';

/**
 * By label (as a person reads it, ignoring case), then by env name (unique on a platform, so the order is total).
 * `byLabel` is one comparer for every sort (util/naturalOrder.ts): a collator per call made sorting 10,000
 * environments block the extension host for about 4 s.
 */
export function sortEnvironments(
  envs: ReadonlyMap<string, { readonly env: Environment }> | Iterable<Environment>,
  byLabel: Compare,
): Environment[] {
  const list = envs instanceof Map ? [...envs.values()].map((stamped: { readonly env: Environment }) => stamped.env) : [...(envs as Iterable<Environment>)];
  return list.sort((a, b) => byLabel(envLabel(a), envLabel(b)) || (a.envName < b.envName ? -1 : a.envName > b.envName ? 1 : 0));
}
