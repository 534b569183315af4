import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { Commands } from '../../src/ui/commandIds';
import { Log } from '../../src/ui/log';
import { Redactor } from '../../src/ui/redact';
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

  describe('the channel is made on first use', () => {
    /** A channel that records what reaches it; `made` counts how often the log asked for one. */
    const recording = () => {
      const seen: string[] = [];
      let made = 0;
      const channel = {
        info: (line: string) => seen.push(`info ${line}`),
        warn: (line: string) => seen.push(`warn ${line}`),
        error: (line: string) => seen.push(`error ${line}`),
        debug: (line: string) => seen.push(`debug ${line}`),
        show: () => seen.push('shown'),
        dispose: () => undefined,
      } as unknown as vscode.LogOutputChannel;
      // The log makes its channel in a later task: the test runs those tasks when it says.
      const tasks: (() => void)[] = [];
      const later = (run: () => void) => void tasks.push(run);
      const runLater = () => tasks.splice(0).forEach((run) => run());
      return { seen, made: () => made, open: () => ((made += 1), channel), later, runLater };
    };

    it('held back (activation): lines wait, redacted, and the first line after release makes it, after them, in a later task', () => {
      const channel = recording();
      const redactor = new Redactor();
      const log = new Log(redactor, { open: channel.open, hold: true, later: channel.later });
      redactor.track('secret-value-1234');
      log.info('Activated with secret-value-1234');
      log.warn('second');
      assert.equal(channel.made(), 0, 'no channel while held');
      assert.deepEqual(log.lines, ['[info] Activated with <redacted>', '[warn] second'], 'the kept lines are there at once');
      log.release();
      assert.equal(channel.made(), 0, 'releasing makes nothing by itself');
      log.error('third');
      assert.equal(channel.made(), 0, 'not in the task that wrote the line');
      channel.runLater();
      assert.deepEqual(channel.seen, ['info Activated with <redacted>', 'warn second', 'error third']);
      log.debug('fourth');
      assert.equal(channel.made(), 1);
      assert.equal(channel.seen.at(-1), 'debug fourth');
      log.dispose();
    });

    it('the header comes first, made and redacted only when the channel is made or the lines are read', () => {
      for (const read of ['channel', 'lines'] as const) {
        const channel = recording();
        const redactor = new Redactor();
        let made = 0;
        const header = () => ((made += 1), 'Activated with session=0123456789abcdef0123456789abcdef');
        const log = new Log(redactor, { open: channel.open, hold: true, header, later: channel.later });
        log.warn('second');
        log.release();
        assert.equal(made, 0, `${read}: not made before it is read`);
        if (read === 'lines') assert.deepEqual(log.lines, ['[info] Activated with session=<redacted>', '[warn] second']);
        log.error('third');
        channel.runLater();
        assert.deepEqual(channel.seen, ['info Activated with session=<redacted>', 'warn second', 'error third'], read);
        assert.deepEqual(log.lines, ['[info] Activated with session=<redacted>', '[warn] second', '[error] third'], read);
        assert.equal(made, 1, `${read}: made once`);
        log.dispose();
      }
    });

    it('showing the log makes it at once, with the lines that waited', () => {
      const channel = recording();
      const log = new Log(new Redactor(), { open: channel.open, hold: true });
      log.info('waited');
      log.show();
      assert.deepEqual(channel.seen, ['info waited', 'shown']);
      log.info('later');
      assert.equal(channel.made(), 1);
      log.dispose();
    });

    it('not held: the first line makes it in a later task, once; a log disposed before then makes none', () => {
      const channel = recording();
      const log = new Log(new Redactor(), { open: channel.open, later: channel.later });
      assert.equal(channel.made(), 0);
      log.info('first');
      log.info('second');
      assert.equal(channel.made(), 0);
      assert.deepEqual(log.lines, ['[info] first', '[info] second'], 'kept at once');
      channel.runLater();
      assert.deepEqual(channel.seen, ['info first', 'info second']);
      log.info('third');
      assert.deepEqual(channel.seen, ['info first', 'info second', 'info third'], 'then written at once');
      assert.equal(channel.made(), 1);
      log.dispose();

      const gone = new Log(new Redactor(), { open: channel.open, later: channel.later });
      gone.info('never shown');
      gone.dispose();
      channel.runLater();
      assert.equal(channel.made(), 1, 'no channel for a disposed log');
    });
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
