// What the Environments commands are built from: the shared pieces they use, and the feature's own store, runner,
// tree and workspace binding (src/environments/index.ts makes them).

import type { vscode } from '../../ui/vscodeApi';
import type { AccountParts } from '../../accounts/parts';
import type { CommandRegistry } from '../../ui/slots';
import type { ActionRunner } from '../model/actionRunner';
import type { EnvironmentStore } from '../model/environmentStore';
import type { WorkspaceBinding } from '../model/workspaceBinding';
import type { EnvironmentsTreeProvider } from '../view/tree';
import type { EnvTreeElement } from '../view/treeElements';

export const CONFIRM_SETTING = 'confirmDisruptiveActions';

/** The shared pieces the Environments commands use. */
export interface EnvironmentCommandServices extends Pick<AccountParts, 'accounts' | 'health' | 'log' | 'prompts' | 'reporter'> {
  readonly commands: CommandRegistry;
}

export interface CommandParts {
  readonly services: EnvironmentCommandServices;
  readonly store: EnvironmentStore;
  readonly runner: ActionRunner;
  readonly tree: EnvironmentsTreeProvider;
  readonly treeView: vscode.TreeView<EnvTreeElement>;
  readonly binding: WorkspaceBinding;
}
