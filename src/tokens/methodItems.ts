// The Custom method list: GetTokenApiList's methods grouped by service, for the checklist. Pure, so unit-tested.

import type { ApiPermission } from '../platform';
import { apiDocsUrl, splitMethod } from './apiDocs';

/** QuickPickItem-shaped; `kind: -1` is a separator (QuickPickItemKind.Separator). */
export interface MethodItem {
  readonly label: string;
  readonly description?: string;
  readonly kind?: number;
  /** Full method name, e.g. `environment.control.StopEnv`; absent on separators. */
  readonly method?: string;
  readonly docsUrl?: string;
}

/** Methods grouped under a separator per service (in the platform's order of first appearance). */
export function methodItems(permissions: readonly ApiPermission[]): MethodItem[] {
  const groups = new Map<string, ApiPermission[]>();
  for (const permission of permissions) {
    const { service } = splitMethod(permission.method);
    const members = groups.get(service);
    if (members) members.push(permission);
    else groups.set(service, [permission]);
  }
  const items: MethodItem[] = [];
  for (const [service, members] of groups) {
    items.push({ label: service || 'other', kind: -1 });
    for (const permission of members) {
      items.push({
        label: splitMethod(permission.method).name,
        description: permission.method,
        method: permission.method,
        docsUrl: apiDocsUrl(permission.method),
      });
    }
  }
  return items;
}

/** The items for these method names (case-insensitive); names the list does not have are ignored. */
export function itemsFor(items: readonly MethodItem[], methods: readonly string[]): MethodItem[] {
  const wanted = new Set(methods.map((method) => method.toLowerCase()));
  return items.filter((item) => item.method !== undefined && wanted.has(item.method.toLowerCase()));
}
