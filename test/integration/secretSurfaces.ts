// Everything the extension has put where a secret must never be, read from inside the extension host: the log (kept
// lines and files), what the scripted UIs were shown and opened, every row of both views (tooltips resolved as on
// hover, command arguments included), the status bar item, global and workspace state, the `vap.*` settings at every
// level and the settings files on disk, and the workspace folder. SecretStorage is the one place tokens belong and is
// not read. Reading has no side effects: lists that were never loaded are not loaded for this.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { VapExtensionApi } from '../../src/activation/api';
import type { EnvTreeElement } from '../../src/environments/view/treeElements';
import type { TokenNode } from '../../src/tokens/tokensTree';
import { filesUnder } from '../sweep/files';
import type { Surface } from '../sweep/findLeaks';
import { scriptedUserInterfacesMade } from './scriptedUserInterface';

export async function extensionSurfaces(api: VapExtensionApi): Promise<Surface[]> {
  const context = api.services.context;
  return [
    { name: 'the log (kept lines)', text: api.logLines.join('\n') },
    ...filesUnder(context.logUri.fsPath, 'the log file'),
    ...uiSurfaces(),
    ...(await environmentRows(api)),
    ...(await tokenRows(api)),
    { name: 'the status bar item', text: statusBarText(api.environments.statusBar.item) },
    ...mementoSurfaces('globalState', context.globalState),
    ...mementoSurfaces('workspaceState', context.workspaceState),
    ...settingSurfaces(context),
  ];
}

function uiSurfaces(): Surface[] {
  return scriptedUserInterfacesMade().flatMap((ui, index) => [
    { name: `the UI (prompts, items, messages; scripted UI ${index + 1})`, text: ui.shown.join('\n') },
    { name: `pages opened in the browser (scripted UI ${index + 1})`, text: ui.opened.join('\n') },
  ]);
}

async function environmentRows(api: VapExtensionApi): Promise<Surface[]> {
  const { tree, store } = api.environments;
  // A list not loaded (or being loaded) is left alone: getChildren would send GetEnvs or wait for it.
  const settled = (accountId: string) => {
    const view = store.view(accountId);
    return (view.status === 'loaded' || view.status === 'failed') && !view.refreshing;
  };
  const mayExpand = (element?: EnvTreeElement): boolean => {
    if (element === undefined) {
      const accounts = store.accounts();
      return accounts.length !== 1 || settled(accounts[0].id);
    }
    // A node's Files and Logs folders are read from the node when expanded: they are shown as rows, not opened here
    // (the suites that open them check what they show).
    if (element.kind === 'nodeFolder' || element.kind === 'nodeEntry') return false;
    return element.kind !== 'account' || settled(element.accountId);
  };
  const surfaces: Surface[] = [];
  // Items as VS Code gets them: through the view's provider and its redaction boundary.
  const view = api.services.views.environments.provider;
  const cancel = new vscode.CancellationTokenSource().token;
  const walk = async (parent?: EnvTreeElement): Promise<void> => {
    if (!mayExpand(parent)) return;
    for (const element of await tree.getChildren(parent)) {
      // Tooltips are built on hover (resolveTreeItem), as VS Code asks for them.
      const shown = await view.getTreeItem(element);
      const item = (await view.resolveTreeItem(shown, element, cancel)) ?? shown;
      surfaces.push({ name: `the Environments view (${element.kind} row)`, text: treeItemText(item) });
      await walk(element);
    }
  };
  await walk();
  return surfaces;
}

async function tokenRows(api: VapExtensionApi): Promise<Surface[]> {
  const tree = api.accessTokens.tree;
  const view = api.services.views.accessTokens.provider;
  const surfaces: Surface[] = [];
  const add = async (node: TokenNode) =>
    surfaces.push({ name: `the Access Tokens view (${node.kind} row)`, text: treeItemText(await view.getTreeItem(node)) });
  for (const sessionNode of await tree.getChildren()) {
    await add(sessionNode);
    // Only lists already asked for, and only once they have settled: reading must not send GetTokens or wait on it.
    if (sessionNode.kind !== 'session' || !tree.hasList(sessionNode.session)) continue;
    const children = await settledOrUndefined(tree.getChildren(sessionNode));
    for (const child of children ?? []) await add(child);
  }
  return surfaces;
}

/** The value if the promise has already settled (it resolves within this turn), else undefined. */
function settledOrUndefined<T>(promise: Promise<T>): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setImmediate(() => resolve(undefined)))]);
}

function treeItemText(item: vscode.TreeItem): string {
  return [
    typeof item.label === 'string' ? item.label : item.label?.label,
    item.description,
    markdownText(item.tooltip),
    item.id,
    item.contextValue,
    item.accessibilityInformation?.label,
    item.resourceUri?.toString(),
    item.command && commandText(item.command),
  ].filter((part) => part !== undefined && part !== true && part !== false).join('\n');
}

function statusBarText(item: vscode.StatusBarItem): string {
  const command = typeof item.command === 'string' ? item.command : item.command && commandText(item.command);
  return [item.text, item.name, markdownText(item.tooltip), item.accessibilityInformation?.label, command].filter(Boolean).join('\n');
}

function commandText(command: vscode.Command): string {
  return [command.command, command.title, command.tooltip, safeJson(command.arguments)].filter(Boolean).join('\n');
}

function markdownText(text: string | vscode.MarkdownString | undefined): string | undefined {
  return text instanceof vscode.MarkdownString ? text.value : text;
}

function mementoSurfaces(name: string, memento: vscode.Memento): Surface[] {
  return memento.keys().map((key) => ({ name: `${name} "${key}"`, text: safeJson(memento.get(key)) }));
}

function settingSurfaces(context: vscode.ExtensionContext): Surface[] {
  const properties = (context.extension.packageJSON as { contributes?: { configuration?: { properties?: Record<string, unknown> } } })
    .contributes?.configuration?.properties ?? {};
  const config = vscode.workspace.getConfiguration();
  const surfaces: Surface[] = Object.keys(properties).map((key) => ({ name: `the setting ${key} (every level)`, text: safeJson(config.inspect(key)) }));
  surfaces.push({ name: 'the user settings.json', text: readFile(userSettingsFile(context)) });
  for (const folder of vscode.workspace.workspaceFolders ?? []) surfaces.push(...filesUnder(folder.uri.fsPath, 'the workspace folder'));
  const workspaceFile = vscode.workspace.workspaceFile;
  if (workspaceFile?.scheme === 'file') surfaces.push({ name: 'the workspace file', text: readFile(workspaceFile.fsPath) });
  return surfaces;
}

/**
 * `<user data>/User/settings.json`: globalStorageUri is `<user data>/User/globalStorage/<extension id>`. The harness
 * writes this file before the host starts, so a missing file means the path is wrong: say so rather than skip it.
 */
function userSettingsFile(context: vscode.ExtensionContext): string {
  const file = path.join(context.globalStorageUri.fsPath, '..', '..', 'settings.json');
  if (!fs.existsSync(file)) throw new Error(`the no-secret sweep cannot find the user settings file (looked for ${file})`);
  return file;
}

function readFile(file: string): string {
  return fs.readFileSync(file, 'utf8');
}

/** JSON that survives cycles (tree elements may point at each other). */
function safeJson(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner === 'object' && inner !== null) {
      if (seen.has(inner)) return '[cycle]';
      seen.add(inner);
    }
    return inner;
  }) ?? '';
}
