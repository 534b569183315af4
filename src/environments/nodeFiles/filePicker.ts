// Choosing a node file from the palette: the environment (account first when there are several), the node, then a
// walk through its directories in a quick pick (GetList on each step), or a typed path.

import { vscode } from '../../ui/vscodeApi';
import { t } from '../../util/l10n';
import type { CommandParts } from '../commands/parts';
import { pickNode } from '../commands/pick';
import type { EnvRef } from '../model/storeTypes';
import { sizeText } from '../view/entryText';
import { NodeFileRef, nodeFileUri } from './nodeUri';
import type { NodeFileSystem } from './nodeFileSystem';

/**
 * Where browsing starts. platform-api.md says nothing of what the dashboard's file manager shows first, so the
 * node's root: /etc (configuration) and /var are one step away.
 */
export const FILES_ROOT = '/';

export interface FilePickerParts {
  readonly commands: CommandParts;
  readonly fileSystem: NodeFileSystem;
}

type NodeRef = Omit<NodeFileRef, 'path'>;
type Step = { readonly go: 'up' | 'type' } | { readonly go: 'into'; readonly path: string } | { readonly go: 'open'; readonly path: string };

/**
 * `picking.accountId` says, as soon as it is known, whose token the calls use (for reporting a failure); `env` (the
 * status bar's workspace environment) skips the environment's pick.
 */
export async function pickNodeFile(
  parts: FilePickerParts,
  title: string,
  picking: { accountId?: string } = {},
  env?: EnvRef,
): Promise<NodeFileRef | undefined> {
  const node = await pickNode(parts.commands, title, env);
  if (!node) return undefined;
  picking.accountId = node.accountId;
  return browse(parts, node, FILES_ROOT, title);
}

/** Directory by directory until a file is picked (or typed). */
export async function browse(parts: FilePickerParts, node: NodeRef, start: string, title: string): Promise<NodeFileRef | undefined> {
  const ui = parts.commands.services.prompts.ui;
  let path = start;
  for (;;) {
    const entries = await parts.fileSystem.listDirectory({ ...node, path });
    const items: (vscode.QuickPickItem & { step: Step })[] = [];
    if (path !== '/') items.push({ label: '$(arrow-up) ..', description: t('Parent folder'), step: { go: 'up' } });
    items.push({ label: `$(edit) ${t('Type a Path…')}`, step: { go: 'type' } });
    for (const entry of entries) {
      items.push(
        entry.isDirectory
          ? { label: `$(folder) ${entry.name}/`, step: { go: 'into', path: entry.path } }
          : { label: `$(file) ${entry.name}`, description: entry.size === undefined ? undefined : sizeText(entry.size), step: { go: 'open', path: entry.path } },
      );
    }
    const picked = await ui.showQuickPick(items, {
      title: `${title} — ${node.envName} · ${node.nodeId}: ${path}`,
      placeHolder: t('Pick a file to open, or a folder to look into'),
    });
    if (!picked) return undefined;
    const step = picked.step;
    if (step.go === 'open') return { ...node, path: step.path };
    if (step.go === 'into') path = step.path;
    else if (step.go === 'up') path = path.slice(0, path.lastIndexOf('/')) || '/';
    else {
      const typed = await typePath(parts, path);
      if (typed === undefined) continue;
      const stat = await parts.fileSystem.stat(nodeFileUri({ ...node, path: typed })).catch(() => undefined);
      if (stat?.type !== vscode.FileType.Directory) return { ...node, path: typed };
      path = typed;
    }
  }
}

async function typePath(parts: FilePickerParts, from: string): Promise<string | undefined> {
  const typed = await parts.commands.services.prompts.ui.showInputBox({
    title: t('Open Node File'),
    prompt: t('The absolute path of a file or folder on the node'),
    value: from === '/' ? '/' : `${from}/`,
    validateInput: (value) => (/^\/(?!.*(^|\/)\.\.(\/|$))/.test(value.trim()) ? undefined : t('Start with / and do not use ..')),
  });
  const clean = typed?.trim().replace(/\/+$/, '');
  return typed === undefined ? undefined : clean || '/';
}
