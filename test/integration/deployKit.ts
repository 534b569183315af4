// Shared pieces of the Deploy suites: archives written into the test workspace (and removed after each test), the
// progress the deploy notification showed, and the scripted answers every archive deploy asks for.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DeployProgress } from '../../src/environments/deploy/deployParts';
import type { EnvUi } from './environmentsKit';

/** The folders a test writes into the workspace; removed after each test. */
const WRITTEN = ['target', 'build', 'node_modules', 'dist-e2e'];

export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration host opens a workspace folder');
  return folder.uri.fsPath;
}

/** A zip-looking archive (the simulator checks the first bytes) of `size` bytes at a workspace-relative path. */
export function writeArchive(relative: string, size: number, options: { mtime?: Date; content?: Buffer } = {}): string {
  const file = path.join(workspaceDir(), relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const data = options.content ?? Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(Math.max(0, size - 4), 'a')]);
  fs.writeFileSync(file, data);
  if (options.mtime) fs.utimesSync(file, options.mtime, options.mtime);
  return file;
}

export function removeWrittenFiles(): void {
  for (const dir of WRITTEN) fs.rmSync(path.join(workspaceDir(), dir), { recursive: true, force: true });
}

/** A quick pick label without its `$(icon)`. */
export const plain = (label: string): string => label.replace(/\$\([^)]*\)\s*/g, '').trim();

/** Every progress report deploys show while the returned handle listens. */
export function recordProgress(api: { environments: { deploy: { runs: { onProgress: (listener: (p: DeployProgress) => void) => { dispose(): void } } } } }): {
  readonly reports: DeployProgress[];
  dispose(): void;
} {
  const reports: DeployProgress[] = [];
  const subscription = api.environments.deploy.runs.onProgress((report) => reports.push(report));
  return { reports, dispose: () => subscription.dispose() };
}

/** Picks the archive whose label is `name` from the build outputs. */
export function expectArchivePick(ui: EnvUi, name: string, seen?: (labels: string[], items: readonly vscode.QuickPickItem[]) => void): EnvUi {
  ui.expectQuickPick<vscode.QuickPickItem>(/Which archive\?|No war, jar/, (items) => {
    seen?.(items.map((item) => plain(item.label)), items);
    return items.find((item) => plain(item.label) === name);
  });
  return ui;
}

/** Context (default ROOT) and the modal confirmation. */
export function expectContextAndConfirm(ui: EnvUi, context: string, confirmation: string | RegExp): EnvUi {
  ui.expectInputBox(/Context \(path\)/, context).expectMessage('warning', confirmation, 'Deploy');
  return ui;
}
