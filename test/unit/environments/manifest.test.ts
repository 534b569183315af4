// package.json against the code: every command id declared and titled, and the Environments menus shown exactly
// where the context values the tree produces say the action is valid.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Commands } from '../../../src/ui/commandIds';
import { ENV_ACTIONS, EnvAction, actionAllowed } from '../../../src/environments/model/envState';
import { envContextValue, groupContextValue, nodeContextValue, nodeFolderContextValue } from '../../../src/environments/view/labels';
import { KNOWN_STATUSES } from '../../../src/platform';

const root = join(__dirname, '..', '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;

interface MenuEntry {
  command: string;
  when?: string;
  group?: string;
}

/** Evaluates the `viewItem` part of a when clause (`viewItem == x`, `viewItem =~ /re/`) for a context value. */
function showsFor(when: string | undefined, contextValue: string): boolean {
  const clauses = (when ?? '').split('&&').map((part) => part.trim());
  return clauses.every((clause) => {
    const equals = /^viewItem == (\S+)$/.exec(clause);
    if (equals) return contextValue === equals[1];
    const matches = /^viewItem =~ \/(.*)\/$/.exec(clause);
    if (matches) return new RegExp(matches[1]).test(contextValue);
    return true;
  });
}

const itemMenus = (manifest.contributes.menus['view/item/context'] as MenuEntry[]).filter((entry) => entry.when?.includes('view == vap.environments'));
// 1002: a status newer than our table must show no action either.
const statuses = [0, 1002, ...KNOWN_STATUSES.map((status) => status.code)];

describe('environments/package.json contributions', () => {
  const environmentCommands = Object.entries(Commands).filter(([, id]) => id.startsWith('vap.environments.'));

  it('declares every Environments command with a translated title, and no other vap.environments.* command', () => {
    const declared = (manifest.contributes.commands as { command: string; title: string }[]).filter((c) => c.command.startsWith('vap.environments.'));
    assert.deepEqual(declared.map((c) => c.command).sort(), environmentCommands.map(([, id]) => id).sort());
    for (const command of declared) {
      const key = /^%(.+)%$/.exec(command.title)?.[1];
      assert.ok(key && nls[key], `${command.command}: title ${command.title} not in package.nls.json`);
    }
  });

  it('every menu entry names a declared command, and every %key% of the manifest is translated', () => {
    const declared = new Set((manifest.contributes.commands as { command: string }[]).map((c) => c.command));
    for (const [menu, entries] of Object.entries(manifest.contributes.menus as Record<string, MenuEntry[]>)) {
      for (const entry of entries) assert.ok(declared.has(entry.command), `${menu}: ${entry.command}`);
    }
    const keys = JSON.stringify(manifest).match(/%[A-Za-z0-9.]+%/g) ?? [];
    for (const key of keys) assert.ok(nls[key.slice(1, -1)] !== undefined, `${key} is not in package.nls.json`);
  });

  const lifecycle: Record<string, EnvAction> = {
    [Commands.startEnvironment]: 'start',
    [Commands.stopEnvironment]: 'stop',
    [Commands.restartEnvironment]: 'restart',
    [Commands.sleepEnvironment]: 'sleep',
  };
  for (const [command, action] of Object.entries(lifecycle)) {
    it(`${command} shows on an environment exactly when ${action} is valid and nothing of ours runs there`, () => {
      const entries = itemMenus.filter((entry) => entry.command === command);
      assert.ok(entries.length > 0, `${command} is in no item menu`);
      for (const entry of entries) {
        for (const status of statuses) {
          assert.equal(showsFor(entry.when, envContextValue(status, false)), actionAllowed(action, status), `${entry.group} status ${status}`);
          assert.equal(showsFor(entry.when, envContextValue(status, true)), false, `${entry.group} busy status ${status}`);
          assert.equal(showsFor(entry.when, groupContextValue(status, false)), false);
          assert.equal(showsFor(entry.when, nodeContextValue(status, false)), false);
        }
      }
    });
  }

  it('Start and Stop are inline buttons; Restart and Sleep are in the context menu only', () => {
    const inline = itemMenus.filter((entry) => entry.group?.startsWith('inline')).map((entry) => entry.command);
    assert.ok(inline.includes(Commands.startEnvironment) && inline.includes(Commands.stopEnvironment));
    assert.ok(inline.includes(Commands.openEnvironmentInBrowser));
    assert.ok(!inline.includes(Commands.restartEnvironment) && !inline.includes(Commands.sleepEnvironment));
  });

  it('node group and node restarts show only under a running environment that is not busy', () => {
    for (const [command, contextValue] of [
      [Commands.restartNodeGroup, groupContextValue],
      [Commands.restartNode, nodeContextValue],
    ] as const) {
      const entries = itemMenus.filter((entry) => entry.command === command);
      assert.ok(entries.length > 0);
      for (const entry of entries) {
        for (const status of statuses) {
          assert.equal(showsFor(entry.when, contextValue(status, false)), actionAllowed('restart', status), `${command} ${status}`);
          assert.equal(showsFor(entry.when, contextValue(status, true)), false);
          assert.equal(showsFor(entry.when, envContextValue(status, false)), false);
        }
      }
    }
  });

  it('the status bar-only and tree-only commands stay out of the palette; the rest need an account', () => {
    const palette = new Map((manifest.contributes.menus.commandPalette as MenuEntry[]).map((entry) => [entry.command, entry.when]));
    const treeOnly: string[] = [Commands.revealEnvironment, Commands.refreshAccountEnvironments, Commands.refreshNodeFolder];
    for (const id of treeOnly) assert.equal(palette.get(id), 'false', id);
    for (const [, id] of environmentCommands) {
      if (treeOnly.includes(id)) continue;
      assert.equal(palette.get(id), 'vap.hasAccounts', id);
    }
    assert.equal(ENV_ACTIONS.length, 4);
  });

  it('shows Refresh inline on the Files and Logs folders of a node, and nowhere else in the view', () => {
    const refresh = itemMenus.filter((entry) => entry.command === Commands.refreshNodeFolder);
    assert.deepEqual(refresh.map((entry) => entry.group), ['inline@1']);
    for (const folder of ['logs', 'files'] as const) assert.ok(showsFor(refresh[0]!.when, nodeFolderContextValue(folder)), folder);
    for (const other of [nodeContextValue(1, false), envContextValue(1, false), 'vap.nodeFolderError']) assert.ok(!showsFor(refresh[0]!.when, other), other);
  });

  it('Deploy Archive and Deploy from Git show on environment and node group rows that are not busy (any state: a stopped one is offered Start), never on nodes', () => {
    for (const command of [Commands.deployArchive, Commands.deployFromGit]) {
      const entries = itemMenus.filter((entry) => entry.command === command);
      assert.equal(entries.length, 1, command);
      for (const status of statuses) {
        assert.equal(showsFor(entries[0].when, envContextValue(status, false)), true, `${command} ${status}`);
        assert.equal(showsFor(entries[0].when, groupContextValue(status, false)), true, `${command} group ${status}`);
        assert.equal(showsFor(entries[0].when, envContextValue(status, true)), false, `${command} busy ${status}`);
        assert.equal(showsFor(entries[0].when, nodeContextValue(status, false)), false);
      }
    }
    const palette = new Map((manifest.contributes.menus.commandPalette as MenuEntry[]).map((entry) => [entry.command, entry.when]));
    for (const id of [Commands.deployArchive, Commands.redeployLast, Commands.deployFromGit]) assert.equal(palette.get(id), 'vap.hasAccounts', id);
  });

  it('declares the settings with their defaults', () => {
    const properties = manifest.contributes.configuration.properties;
    assert.equal(properties['vap.confirmDisruptiveActions'].default, true);
    assert.equal(properties['vap.autoRefreshSeconds'].default, 0);
    assert.deepEqual(Object.keys(properties['vap.workspaceEnvironment'].properties), ['platform', 'envName']);
  });
});
