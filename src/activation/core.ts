import type { vscode } from '../ui/vscodeApi';
import type { AccountStore } from '../accounts/accountStore';
import type { VapAuthenticationProvider } from '../accounts/authProvider';
import type { EnvTreeElement } from '../environments/view/treeElements';
import type { TokenNode } from '../tokens/tokensTree';
import type { Log } from '../ui/log';
import type { TreeSlot } from '../ui/slots';
import type { CommandTable } from './commandTable';
import type { DeferredFileSystemProvider } from './deferredFileSystem';
import type { DeferredTreeProvider } from './deferredTree';

/** A tree view made at activation, and the provider that stands in until the real one is attached. */
export interface DeferredView<T> {
  readonly view: vscode.TreeView<T>;
  readonly provider: DeferredTreeProvider<T>;
}

/** What activate() builds before anything else is loaded (src/extension.ts). */
export interface Core {
  readonly context: vscode.ExtensionContext;
  readonly log: Log;
  readonly accounts: AccountStore;
  /** Every command id is registered at activation; features add their handlers here. */
  readonly commands: CommandTable;
  readonly views: { readonly environments: DeferredView<EnvTreeElement>; readonly accessTokens: DeferredView<TokenNode> };
  /** The `vap:` (node files) and `vap-log:` (node logs) file systems, registered at activation (nodeFiles/nodeUri.ts). */
  readonly fileSystems: { readonly nodeFiles: DeferredFileSystemProvider; readonly nodeLogs: DeferredFileSystemProvider };
  /** Accounts as VS Code authentication sessions (provider id `vap`). */
  readonly authentication: VapAuthenticationProvider;
}

/** The view as a feature sees it: the view, and where its real provider goes. */
export function treeSlot<T>(deferred: DeferredView<T>): TreeSlot<T> {
  return { view: deferred.view, attach: (provider) => deferred.provider.attach(provider) };
}
