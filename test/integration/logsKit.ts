// Helpers of the node logs suite: log URIs, the text VS Code holds for them, and waiting on events (a document's
// change, follow mode's timer) with a safety-net timeout, never a sleep.

import * as vscode from 'vscode';
import type { LogsApi } from '../../src/environments/logs/register';
import type { NodeFileRef } from '../../src/environments/nodeFiles/nodeUri';
import type { ManualScheduler } from '../unit/environments/manualScheduler';

export function logUriOf(ref: NodeFileRef): vscode.Uri {
  return vscode.Uri.from({ scheme: 'vap-log', authority: ref.accountId, path: `/${ref.envName}/${ref.nodeId}${ref.path}` });
}

/** The text of the open document at `uri` (undefined when it is not open). */
export function documentText(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString())?.getText();
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Resolves once `check` holds, looking now and after each of `events`. */
function waitFor(events: vscode.Event<unknown>[], check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (error?: Error): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      for (const subscription of subscriptions) subscription.dispose();
      if (error) reject(error);
      else resolve();
    };
    // Listeners run in turn: look once the extension's own listeners had theirs.
    const look = (): void =>
      void Promise.resolve().then(() => {
        if (check()) finish();
      });
    const subscriptions = events.map((event) => event(look));
    // A safety net against a hang, not a wait: passing tests never reach it.
    const timer = setTimeout(() => finish(new Error(`timed out waiting until ${what}`)), timeoutMs);
    look();
  });
}

/** Waits until the document at `uri` is open and its text satisfies `check`. */
export function untilDocument(uri: vscode.Uri, check: (text: string) => boolean, what: string): Promise<void> {
  return waitFor(
    [vscode.workspace.onDidChangeTextDocument, vscode.workspace.onDidOpenTextDocument],
    () => {
      const text = documentText(uri);
      return text !== undefined && check(text);
    },
    `${what} (text ends: ${JSON.stringify(documentText(uri)?.slice(-120))})`,
  );
}

/** Waits until follow mode's state satisfies `check` (re-checked when it schedules, changes or editors move). */
export function untilFollower(logs: LogsApi, check: () => boolean, what: string): Promise<void> {
  const scheduler = logs.timing.scheduler as ManualScheduler;
  const scheduled: vscode.Event<void> = (listener) => scheduler.onDidSchedule(() => listener());
  const changed: vscode.Event<void> = (listener) => logs.follower.onDidChange(() => listener());
  const read: vscode.Event<void> = (listener) => logs.documents.onDidChange(() => listener());
  return waitFor([scheduled, changed, read, vscode.window.onDidChangeVisibleTextEditors], check, what);
}
