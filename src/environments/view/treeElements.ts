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

/** The folders a node row holds; each is filled by its own NodeFolderSource (view/nodeFolders.ts). */
export type NodeFolderKind = 'logs' | 'files';

/** A folder under a node: "Logs" or "Files". */
export class NodeFolderElement implements EnvRef {
  readonly kind = 'nodeFolder';
  constructor(
    readonly accountId: string,
    readonly envName: string,
    readonly nodeGroup: string,
    readonly nodeId: number,
    readonly folder: NodeFolderKind,
  ) {}
}

/**
 * A row under a node folder, made by that folder's source with its TreeItem already built (the entries are read
 * from the node when the folder opens, not kept in the store): a log, a file, a directory (whose children the same
 * source gives), or a message row ("No logs", an error).
 */
export class NodeEntryElement implements EnvRef {
  readonly kind = 'nodeEntry';
  constructor(
    readonly parent: NodeFolderElement | NodeEntryElement,
    /** The absolute path on the node; for a message row, a key unique among its siblings (e.g. `#error`). */
    readonly path: string,
    readonly item: vscode.TreeItem,
  ) {}

  get folder(): NodeFolderElement {
    return this.parent.kind === 'nodeFolder' ? this.parent : this.parent.folder;
  }
  get accountId(): string {
    return this.parent.accountId;
  }
  get envName(): string {
    return this.parent.envName;
  }
  get nodeId(): number {
    return this.parent.nodeId;
  }
}

/** A row that is not an environment: a load error, "No environments". */
export class MessageElement {
  readonly kind = 'message';
  constructor(
    readonly accountId: string | undefined,
    readonly item: vscode.TreeItem,
  ) {}
}

export type EnvTreeElement =
  | AccountElement
  | EnvElement
  | GroupElement
  | NodeElement
  | NodeFolderElement
  | NodeEntryElement
  | MessageElement;

export function accountKey(accountId: string): string {
  return `vap:${accountId}`;
}

export function envKey(ref: EnvRef): string {
  return `vap:${ref.accountId}/${ref.envName}`;
}

export function elementKey(
  element: AccountElement | EnvElement | GroupElement | NodeElement | NodeFolderElement | NodeEntryElement,
): string {
  switch (element.kind) {
    case 'account':
      return accountKey(element.accountId);
    case 'environment':
      return envKey(element);
    case 'group':
      return `${envKey(element)}/g/${element.nodeGroup}`;
    case 'node':
      return `${envKey(element)}/n/${element.nodeId}`;
    case 'nodeFolder':
      return `${envKey(element)}/n/${element.nodeId}/${element.folder}`;
    case 'nodeEntry':
      return `${elementKey(element.folder)}:${element.path}`;
  }
}
