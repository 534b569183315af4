import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { Commands } from '../../src/ui/commandIds';
import { ScriptedUserInterface, UnexpectedPromptError } from './scriptedUserInterface';
import { activateVap } from './vap';

describe('ScriptedUserInterface', () => {
  it('answers scripted prompts in order', async () => {
    const ui = new ScriptedUserInterface()
      .expectInputBox('Platform address', 'https://app.example.com')
      .expectQuickPick(/expiry/i, '90 days')
      .expectMessage('warning', 'Stop shop-prod?', 'Stop');
    assert.equal(await ui.showInputBox({ prompt: 'Platform address' }), 'https://app.example.com');
    const picked = await ui.showQuickPick([{ label: '30 days' }, { label: '90 days' }], { title: 'Token expiry' });
    assert.equal(picked?.label, '90 days');
    assert.equal(await ui.showWarningMessage('Stop shop-prod?', { modal: true }, 'Stop'), 'Stop');
    ui.assertDone();
  });

  it('rejects an unexpected prompt at once and fails assertDone', async () => {
    const ui = new ScriptedUserInterface().expectInputBox('Login', 'me');
    await assert.rejects(Promise.resolve(ui.showInputBox({ prompt: 'Password', password: true })), UnexpectedPromptError);
    assert.throws(() => ui.assertDone(), /unexpected input box "Password".*\n.*never asked: input box "Login"/);
  });

  it('fails when a scripted answer was never asked for', () => {
    const ui = new ScriptedUserInterface().expectQuickPick('Platform', 'app.example.com');
    assert.throws(() => ui.assertDone(), /never asked: quick pick "Platform"/);
  });

  it('refuses an answer the input box would not accept', async () => {
    const ui = new ScriptedUserInterface().expectInputBox('Days', 'soon');
    const validateInput = (text: string): string | undefined => (/^\d+$/.test(text) ? undefined : 'a number of days');
    await assert.rejects(Promise.resolve(ui.showInputBox({ prompt: 'Days', validateInput })), /refused by the input box: a number of days/);
    assert.throws(() => ui.assertDone());
  });

  it('fails a quick pick answer that is not offered, and picks several for canPickMany', async () => {
    const ui = new ScriptedUserInterface().expectQuickPick('Environment', 'missing').expectQuickPick('Environments', ['a', 'c']);
    await assert.rejects(Promise.resolve(ui.showQuickPick([{ label: 'a' }], { title: 'Environment' })), /no item "missing" among \["a"\]/);
    const many = await ui.showQuickPick([{ label: 'a' }, { label: 'b' }, { label: 'c' }], { title: 'Environments', canPickMany: true });
    assert.deepEqual(many?.map((item) => item.label), ['a', 'c']);
    assert.throws(() => ui.assertDone(), /no item "missing"/);
  });

  it('records notifications without buttons instead of failing on them', async () => {
    const ui = new ScriptedUserInterface();
    assert.equal(await ui.showInformationMessage('Token stored.', {}), undefined);
    await ui.writeClipboard('copied');
    assert.deepEqual(ui.notifications, [{ severity: 'information', message: 'Token stored.' }]);
    assert.deepEqual(ui.clipboard, ['copied']);
    ui.assertDone();
  });

  describe('plugged into the extension', () => {
    afterEach(async () => (await activateVap()).useUserInterface(undefined));

    it('gets the first prompt of a real command, and an unscripted one fails instead of hanging', async () => {
      const api = await activateVap();
      const ui = new ScriptedUserInterface();
      api.useUserInterface(ui);
      // Whatever the command does with the rejection, it must settle: the window's real prompt would wait forever.
      await Promise.resolve(vscode.commands.executeCommand(Commands.addAccessToken)).catch(() => undefined);
      assert.ok(ui.failures.length > 0, 'the command showed no prompt through the seam');
      assert.match(ui.failures[0], /^unexpected (input box|quick pick) /);
      assert.throws(() => ui.assertDone(), /unexpected/);
    });
  });
});
