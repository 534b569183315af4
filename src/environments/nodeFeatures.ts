// What the Environments view offers on nodes beyond their state: each node's Logs and Files folders with their
// editors, and deploys. Registered after the view's first rows (src/activation/remainingFeatures.ts loads it), so
// those rows wait for none of this code.

import type { vscode } from '../ui/vscodeApi';
import type { FileSystemSlot } from '../ui/slots';
import type { CommandParts } from './commands/parts';
import { DeployApi, registerDeploy } from './deploy/register';
import { LogsApi, registerLogs } from './logs/register';
import { NodeFilesApi, registerNodeFiles } from './nodeFiles/register';

/** What integration tests reach through the extension's API. */
export interface NodeFeaturesApi {
  /** Deploys (issue 16): the VAP Deploy output, runs under way, what this workspace deployed last. */
  readonly deploy: DeployApi;
  /** Node logs: the Logs folders, the vap-log: editors, follow mode. */
  readonly logs: LogsApi;
  readonly nodeFiles: NodeFilesApi;
}

/** Where the node features live in VS Code: the file systems registered at activation, the workspace's memory. */
export interface NodeFeaturePlaces {
  readonly fileSystems: { readonly nodeFiles: FileSystemSlot; readonly nodeLogs: FileSystemSlot };
  readonly workspaceState: vscode.Memento;
}

export function registerNodeFeatures(parts: CommandParts, places: NodeFeaturePlaces): { api: NodeFeaturesApi; disposables: vscode.Disposable[] } {
  const logs = registerLogs(parts, places.fileSystems.nodeLogs);
  const nodeFiles = registerNodeFiles({ commands: parts, slot: places.fileSystems.nodeFiles });
  const deploy = registerDeploy(parts, places.workspaceState);
  return {
    api: { deploy: deploy.api, logs: logs.api, nodeFiles: nodeFiles.api },
    disposables: [...logs.disposables, ...nodeFiles.disposables, ...deploy.disposables],
  };
}
