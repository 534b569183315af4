import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { activateVap, EXTENSION_ID, manifest, vapExtension } from './vap';

/**
 * Activation events we chose on purpose; anything else must be a deliberate change to this list. Never `*` or
 * `onStartupFinished`: our contributions (views, commands, the authentication provider) activate the extension.
 */
// onFileSystem: an editor restored on a node file or log (vap:, vap-log:) activates us to read it.
const ALLOWED_ACTIVATION = [/^onAuthenticationRequest:vap$/, /^onView:vap\./, /^onCommand:vap\./, /^onFileSystem:vap(-log)?$/];

describe('activation', () => {
  it('runs in a real extension host with our extension loaded from this repository', () => {
    const extension = vapExtension();
    assert.equal(extension.id, EXTENSION_ID);
    console.log(`    VS Code ${vscode.version} (${vscode.env.appHost}), Node ${process.version}, extension at ${extension.extensionPath}`);
  });

  it('declares no "*" activation, only the events we chose', () => {
    const events = manifest().activationEvents ?? [];
    assert.ok(!events.includes('*'), 'activating on "*" slows down every VS Code start');
    assert.ok(!events.includes('onStartupFinished'), 'contributions activate the extension, not every VS Code start');
    const unexpected = events.filter((event) => !ALLOWED_ACTIVATION.some((allowed) => allowed.test(event)));
    assert.deepEqual(unexpected, [], 'new activation events: add them to ALLOWED_ACTIVATION if they are intended');
  });

  it('activates and returns the API the tests use', async () => {
    const api = await activateVap();
    assert.ok(vapExtension().isActive);
    assert.equal(typeof api.useUserInterface, 'function');
    assert.ok(Array.isArray(api.logLines));
  });
});
