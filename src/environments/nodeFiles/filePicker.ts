// Choosing a node file from the palette: the environment (account first when there are several), the node, then a
// walk through its directories in a quick pick (GetList on each step), or a typed path.

import { vscode } from '../../ui/vscodeApi';
import type { EnvNode } from '../../platform';
import { t } from '../../util/l10n';
import type { CommandParts } from '../commands/parts';
import { pickEnvironment } from '../commands/pick';
import { nodeLabel } from '../view/labels';
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

/** `picking.accountId` says, as soon as it is known, whose token the calls use (for reporting a failure). */
export async function pickNodeFile(parts: FilePickerParts, title: string, picking: { accountId?: string } = {}): Promise<NodeFileRef | undefined> {
  const env = await pickEnvironment(parts.commands, undefined, title);
  if (!env) return undefined;
  picking.accountId = env.accountId;
  const node = await pickNode(parts, parts.commands.store.environment(env)?.nodes ?? [], title);
  if (!node) return undefined;
  return browse(parts, { accountId: env.accountId, envName: env.envName, nodeId: node.id }, FILES_ROOT, title);
}

async function pickNode(parts: FilePickerParts, nodes: readonly EnvNode[], title: string): Promise<EnvNode | undefined> {
  if (nodes.length <= 1) return nodes[0];
  const picked = await parts.commands.services.prompts.ui.showQuickPick(
    nodes.map((node) => ({ label: nodeLabel(node), description: `${node.nodeGroup} · ${node.id}`, node })),
    { title, placeHolder: t('Which node?'), matchOnDescription: true },
  );
  return picked?.node;
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
          : { label: `$(file) ${entry.name}`, description: sizeText(entry.size), step: { go: 'open', path: entry.path } },
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

/** A file's size in a few characters: "812 B", "14 KB", "6.0 MB". */
export function sizeText(size: number | undefined): string | undefined {
  if (size === undefined) return undefined;
  if (size < 1024) return t('{0} B', size);
  if (size < 1024 * 1024) return t('{0} KB', Math.round(size / 1024));
  return t('{0} MB', (size / (1024 * 1024)).toFixed(1));
}
