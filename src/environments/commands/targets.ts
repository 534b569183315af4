// What a command was invoked with: a tree row (or several selected), a status bar binding, an account id, or
// nothing (the palette). Pure, so the multi-select rules are unit-tested.

import type { EnvRef } from '../model/storeTypes';

/** An environment, and for node group / node rows which one. */
export type Ref = EnvRef & { readonly nodeGroup?: string; readonly nodeId?: number };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A tree element, a status bar binding or any `{accountId, envName}`. */
export function refOf(arg: unknown): Ref | undefined {
  if (!isRecord(arg) || typeof arg.accountId !== 'string' || typeof arg.envName !== 'string') return undefined;
  return {
    accountId: arg.accountId,
    envName: arg.envName,
    nodeGroup: typeof arg.nodeGroup === 'string' ? arg.nodeGroup : undefined,
    nodeId: typeof arg.nodeId === 'number' ? arg.nodeId : undefined,
  };
}

export function accountIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  return isRecord(arg) && typeof arg.accountId === 'string' ? arg.accountId : undefined;
}

/** The clicked row, or the whole selection when the clicked row is part of it (multi-select). */
export function selectedRefs(arg: unknown, selection: unknown): EnvRef[] {
  const many = Array.isArray(selection) && selection.length > 1 && selection.includes(arg) ? selection : [arg];
  const refs: EnvRef[] = [];
  const seen = new Set<string>();
  for (const item of many) {
    const ref = refOf(item);
    // Only environment rows (and palette/status bar refs) count; a node row in the selection is not its environment.
    if (!ref || (isRecord(item) && 'kind' in item && item.kind !== 'environment')) continue;
    const key = `${ref.accountId}\n${ref.envName}`;
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push({ accountId: ref.accountId, envName: ref.envName });
  }
  return refs;
}
