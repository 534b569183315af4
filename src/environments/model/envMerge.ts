// Merging a fresh GetEnvs answer into what the store holds: an environment read on its own after the list was asked
// for is newer than the list's view of it, and only environments that really changed are reported as changed.

import type { Environment } from '../../platform';

export interface Stamped {
  readonly env: Environment;
  /** Sequence number of the request that read it: an older answer never overwrites a newer one. */
  readonly seq: number;
}

export interface Merged {
  readonly envs: Map<string, Stamped>;
  /** Environments whose state differs from before (the list itself being the same). */
  readonly changed: readonly string[];
  /** Environments appeared or went away. */
  readonly listChanged: boolean;
}

/** The list `envs`, read by request `seq`, over what was known before. */
export function mergeList(before: ReadonlyMap<string, Stamped> | undefined, envs: readonly Environment[], seq: number): Merged {
  const next = new Map<string, Stamped>();
  const changed: string[] = [];
  let listChanged = before === undefined;
  for (const env of envs) {
    const known = before?.get(env.envName);
    if (known && known.seq > seq) {
      next.set(env.envName, known);
      continue;
    }
    next.set(env.envName, { env, seq });
    if (!known) listChanged = true;
    else if (!sameState(known.env, env)) changed.push(env.envName);
  }
  for (const [envName, stamped] of before ?? []) {
    if (next.has(envName)) continue;
    if (stamped.seq > seq) next.set(envName, stamped);
    else listChanged = true;
  }
  return { envs: next, changed, listChanged };
}

/** Two readings of one environment say the same (the answer's own JSON shape, dates included). */
function sameState(a: Environment, b: Environment): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
