// The order environments are listed in: by label as a person reads it.

import type { Environment } from '../../platform';
import { envLabel } from './envState';

/**
 * One collator for every sort: `localeCompare` with options builds a collator per call, which made sorting 10,000
 * environments block the extension host for about 4 s (50 ms with a shared one). Made on the first sort, not at load:
 * building it takes some 6 ms, which activation need not pay.
 */
let labelOrder: Intl.Collator | undefined;

/** By label (as a person reads it, ignoring case and accents), then by env name. */
export function sortEnvironments(envs: ReadonlyMap<string, { readonly env: Environment }> | Iterable<Environment>): Environment[] {
  const list = envs instanceof Map ? [...envs.values()].map((stamped: { readonly env: Environment }) => stamped.env) : [...(envs as Iterable<Environment>)];
  const order = (labelOrder ??= new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }));
  return list.sort((a, b) => order.compare(envLabel(a), envLabel(b)) || a.envName.localeCompare(b.envName));
}
