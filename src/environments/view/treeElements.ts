// The rows of the Environments view as small stable keys (the tree builds each TreeItem from the store when asked).

import type { vscode } from '../../ui/vscodeApi';
import type { EnvRef } from '../model/storeTypes';

export class AccountElement {
  readonly kind = 'account';
  constructor(readonly accountId: string) {}
}

export class EnvElement implements EnvRef {
  readonly kind = 'environment';
  constructor(
    readonly accountId: string,
    readonly envName: string,
  ) {}
}

export class GroupElement implements EnvRef {
  readonly kind = 'group';
  constructor(
    readonly accountId: string,
    readonly envName: string,
    readonly nodeGroup: string,
  ) {}
}

export class NodeElement implements EnvRef {
  readonly kind = 'node';
  constructor(
    readonly accountId: string,
    readonly envName: string,
    readonly nodeGroup: string,
    readonly nodeId: number,
  ) {}
}

/** A row that is not an environment: a load error, "No environments". */
export class MessageElement {
  readonly kind = 'message';
  constructor(
    readonly accountId: string | undefined,
    readonly item: vscode.TreeItem,
  ) {}
}

export type EnvTreeElement = AccountElement | EnvElement | GroupElement | NodeElement | MessageElement;

export function accountKey(accountId: string): string {
  return `vap:${accountId}`;
}

export function envKey(ref: EnvRef): string {
  return `vap:${ref.accountId}/${ref.envName}`;
}

export function elementKey(element: AccountElement | EnvElement | GroupElement | NodeElement): string {
  switch (element.kind) {
    case 'account':
      return accountKey(element.accountId);
    case 'environment':
      return envKey(element);
    case 'group':
      return `${envKey(element)}/g/${element.nodeGroup}`;
    case 'node':
      return `${envKey(element)}/n/${element.nodeId}`;
  }
}
