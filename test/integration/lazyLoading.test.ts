// Activation registers every command and both views, and loads the code behind them when first needed
// (src/extension.ts, src/activation/). These tests drive the pieces through the real VS Code API.

import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CommandTable } from '../../src/activation/commandTable';
import { DeferredTreeProvider } from '../../src/activation/deferredTree';
import { neededAtOnce } from '../../src/activation/neededAtOnce';
import type { Account } from '../../src/accounts/account';
import { Commands } from '../../src/ui/commandIds';
import { bundleFiles } from '../harness/bundleFiles';
import { activateVap, vapExtension } from './vap';

describe('loading the extension in steps', () => {
  const disposables: vscode.Disposable[] = [];
  afterEach(() => {
    for (const disposable of disposables.splice(0)) disposable.dispose();
  });

  it('a command registered at activation loads its handler on its first run, once, and passes arguments and result', async () => {
    let loads = 0;
    const table: CommandTable = new CommandTable(async () => {
      loads += 1;
      disposables.push(table.register('vapTest.lazy.echo', (text: string, count: number) => `${text} × ${count}`));
    });
    disposables.push(table, ...table.registerAll(['vapTest.lazy.echo']));
    assert.equal(loads, 0, 'registering loads nothing');
    assert.equal(await vscode.commands.executeCommand('vapTest.lazy.echo', 'hello', 2), 'hello × 2');
    assert.equal(await vscode.commands.executeCommand('vapTest.lazy.echo', 'again', 3), 'again × 3');
    assert.equal(loads, 1);
  });

  it('a command whose handler the loaded code does not register fails with its id instead of doing nothing', async () => {
    const table = new CommandTable(async () => undefined);
    disposables.push(table, ...table.registerAll(['vapTest.lazy.orphan']));
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('vapTest.lazy.orphan')), /vapTest\.lazy\.orphan has no handler/);
  });

  it('a tree view asks the stand-in provider, which loads the real one once and forwards its rows and changes', async () => {
    const changes = new vscode.EventEmitter<string | undefined>();
    const real: vscode.TreeDataProvider<string> = {
      onDidChangeTreeData: changes.event,
      getChildren: (element) => (element === undefined ? ['a', 'b'] : [`${element}.1`]),
      getTreeItem: (element) => new vscode.TreeItem(element),
      getParent: (element) => (element.includes('.') ? element.split('.')[0] : undefined),
    };
    let loads = 0;
    const deferred = new DeferredTreeProvider<string>(async () => {
      loads += 1;
      deferred.attach(real);
    });
    disposables.push(deferred, changes);
    let fired = 0;
    disposables.push(deferred.onDidChangeTreeData(() => (fired += 1)));

    assert.deepEqual(await deferred.getChildren(), ['a', 'b']);
    assert.deepEqual(await deferred.getChildren('a'), ['a.1']);
    assert.equal(loads, 1);
    assert.equal((await deferred.getTreeItem('b')).label, 'b');
    assert.equal(await deferred.getParent('a.1'), 'a');
    const item = new vscode.TreeItem('b');
    assert.equal(await deferred.resolveTreeItem(item, 'b', new vscode.CancellationTokenSource().token), item, 'no resolver: the item as it is');
    changes.fire(undefined);
    assert.equal(fired, 1, 'the real provider’s change reaches the view');
  });

  it('after the first top rows are handed over, and only then, the stand-in runs what comes next, once', async () => {
    const real: vscode.TreeDataProvider<string> = { getChildren: () => ['a'], getTreeItem: (element) => new vscode.TreeItem(element) };
    let ran = 0;
    let next: () => void = () => undefined;
    const ranNext = new Promise<void>((resolve) => (next = resolve));
    const deferred: DeferredTreeProvider<string> = new DeferredTreeProvider<string>(async () => deferred.attach(real), undefined, () => {
      ran += 1;
      next();
    });
    disposables.push(deferred);
    assert.deepEqual(await deferred.getChildren('a'), ['a'], 'a row below the top is not the first rows');
    assert.equal(ran, 0);
    assert.deepEqual(await deferred.getChildren(), ['a']);
    assert.equal(ran, 0, 'not before VS Code has the rows: in a later task');
    await ranNext;
    await deferred.getChildren();
    assert.equal(ran, 1);
  });

  it('a view with no rows until other code loads answers none, loading nothing, and is asked again once its provider comes', async () => {
    let loads = 0;
    const deferred = new DeferredTreeProvider<string>(async () => void (loads += 1));
    disposables.push(deferred);
    let fired = 0;
    disposables.push(deferred.onDidChangeTreeData(() => (fired += 1)));
    assert.deepEqual(await deferred.getChildren(), []);
    assert.equal(fired, 0);
    deferred.attach({ getChildren: () => ['signed in'], getTreeItem: (element) => new vscode.TreeItem(element) });
    assert.equal(fired, 1, 'VS Code is told to ask again');
    assert.deepEqual(await deferred.getChildren(), ['signed in']);
    assert.equal(loads, 1, 'asked once before the provider came: nothing attached it then');
  });

  describe('what loads the rest at activation: what shows without anything opened', () => {
    const DAY = 24 * 60 * 60 * 1000;
    const now = new Date('2026-11-28T12:00:00Z');
    const account: Account = { id: 'a1', origin: 'https://app.example.com', label: 'Example' };
    const expiringIn = (days: number): Account => ({ ...account, tokenExpiresAt: new Date(now.getTime() + days * DAY).toISOString() });
    const state = (values: Record<string, unknown> = {}): vscode.Memento => ({
      keys: () => Object.keys(values),
      get: <T>(key: string, fallback?: T) => (key in values ? (values[key] as T) : fallback),
      update: async (key: string, value: unknown) => {
        values[key] = value;
      },
    });
    const config = () => vscode.workspace.getConfiguration('vap');
    afterEach(async () => {
      await config().update('workspaceEnvironment', undefined, vscode.ConfigurationTarget.Global);
      await config().update('tokenExpiryWarningDays', undefined, vscode.ConfigurationTarget.Global);
    });

    it('nothing, with no account or nothing named or due (the setting defaults to null)', () => {
      assert.equal(neededAtOnce(state({ 'vap.workspaceEnvironment': { accountId: 'a1', envName: 'shop' } }), [], now), false);
      assert.equal(neededAtOnce(state(), [account, expiringIn(30)], now), false);
    });

    it('the status bar: an environment chosen for this workspace, or named by the setting', async () => {
      assert.equal(neededAtOnce(state({ 'vap.workspaceEnvironment': { accountId: 'a1', envName: 'shop' } }), [account], now), true);
      await config().update('workspaceEnvironment', { platform: 'app.example.com', envName: 'shop' }, vscode.ConfigurationTarget.Global);
      assert.equal(neededAtOnce(state(), [account], now), true);
    });

    it('an expiry warning within vap.tokenExpiryWarningDays (0: none)', async () => {
      assert.equal(neededAtOnce(state(), [expiringIn(3)], now), true);
      assert.equal(neededAtOnce(state(), [expiringIn(-1)], now), true, 'expired');
      await config().update('tokenExpiryWarningDays', 0, vscode.ConfigurationTarget.Global);
      assert.equal(neededAtOnce(state(), [expiringIn(3)], now), false);
    });
  });

  it('once loaded, every command of package.json has its handler', async () => {
    const api = await activateVap();
    const missing = Object.values(Commands).filter((id) => !api.services.commands.has(id));
    assert.deepEqual(missing, []);
  });

  it('activation loads dist/extension.js alone (esbuild’s metafile says); the rest is two files, which the host loads when needed', async () => {
    const dist = path.join(vapExtension().extensionPath, 'dist');
    const files = bundleFiles(dist);
    assert.deepEqual(files.atActivation, ['extension.js']);
    const later = files.all.filter((name) => !files.atActivation.includes(name));
    assert.deepEqual(later, ['features.js', 'remainingFeatures.js'], `the views' and commands' code: ${files.all.join(', ')}`);
    await activateVap();
    const loaded = Object.keys(require.cache).filter((file) => path.dirname(file) === dist).map((file) => path.basename(file)).sort();
    assert.deepEqual(loaded, ['extension.js', ...later].sort(), 'the host loaded exactly the files the metafile names');
  });
});
