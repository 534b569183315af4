import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { Commands } from '../../src/ui/commandIds';
import { activateVap, EXTENSION_ID } from './vap';

const CHANNEL = 'Virtuozzo Application Platform';

describe('log', () => {
  it('logs the activation line', async () => {
    const api = await activateVap();
    assert.ok(api.logLines.some((line) => line.includes(`Activated ${EXTENSION_ID}`)), api.logLines.join('\n'));
  });

  it('"VAP: Show Log" opens our output channel', async () => {
    await activateVap();
    const shown = outputShowing(`Activated ${EXTENSION_ID}`);
    await vscode.commands.executeCommand(Commands.showLog);
    const document = await shown;
    assert.ok(document.uri.path.includes(CHANNEL), document.uri.toString());
  });
});

/**
 * Resolves once our channel's document, which VS Code hands to the extension host when the channel is shown, holds
 * `text` (it may open empty and fill in a moment later).
 */
function outputShowing(text: string): Promise<vscode.TextDocument> {
  const isOurs = (document: vscode.TextDocument): boolean => document.uri.scheme === 'output' && document.uri.path.includes(CHANNEL);
  return new Promise((resolve) => {
    const check = (document: vscode.TextDocument): void => {
      if (isOurs(document) && document.getText().includes(text)) {
        listeners.forEach((listener) => listener.dispose());
        resolve(document);
      }
    };
    const listeners = [
      vscode.workspace.onDidOpenTextDocument(check),
      vscode.workspace.onDidChangeTextDocument((event) => check(event.document)),
    ];
    vscode.workspace.textDocuments.forEach(check);
  });
}
