// Wires the node files feature: the real `vap:` file system into its activation-time slot, the node-version
// documents a save conflict compares with, the conflict prompt, the tree's Files folders and "Open Node File…".

import { vscode } from '../../ui/vscodeApi';
import { Commands } from '../../ui/commandIds';
import type { FileSystemSlot } from '../../ui/slots';
import { t } from '../../util/l10n';
import type { CommandParts } from '../commands/parts';
import { FilesFolder } from './filesFolder';
import { NodeFileSystem } from './nodeFileSystem';
import { openNodeFile } from './openFile';
import { NODE_VERSION_SCHEME, NodeVersionContent, resolveConflict } from './saveConflict';

export interface NodeFilesParts {
  readonly commands: CommandParts;
  readonly slot: FileSystemSlot;
}

/** What integration tests reach. */
export interface NodeFilesApi {
  readonly fileSystem: NodeFileSystem;
}

export function registerNodeFiles(parts: NodeFilesParts): { api: NodeFilesApi; disposables: vscode.Disposable[] } {
  const { services, store } = parts.commands;
  const fileSystem = new NodeFileSystem(store);
  parts.slot.attach(fileSystem);
  const pickerParts = { commands: parts.commands, fileSystem };
  const conflictParts = { prompts: services.prompts, versions: fileSystem.versions };
  const saving = t('Save node file');
  const disposables = [
    fileSystem,
    parts.commands.tree.addNodeFolder(new FilesFolder(fileSystem)),
    vscode.workspace.registerTextDocumentContentProvider(NODE_VERSION_SCHEME, new NodeVersionContent(fileSystem.versions)),
    fileSystem.onConflict((uri) => {
      resolveConflict(conflictParts, uri).catch((error: unknown) => services.reporter.report(error, { operation: saving, accountId: uri.authority }));
    }),
    services.commands.register(
      Commands.openNodeFile,
      services.reporter.reporting(t('Open Node File'), (arg?: unknown) => openNodeFile(pickerParts, arg)),
    ),
  ];
  return { api: { fileSystem }, disposables };
}
