import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { Commands } from '../../src/ui/commandIds';
import { activateVap, manifest } from './vap';

/** Commands VS Code itself registers for every contributed view and view container. */
function isGeneratedViewCommand(command: string, viewIds: readonly string[]): boolean {
  return viewIds.some((view) => command.startsWith(`${view}.`) && /^(focus|open|resetViewLocation|toggleVisibility|removeView)$/.test(command.slice(view.length + 1)));
}

describe('commands', () => {
  const declared = manifest().contributes.commands.map((entry) => entry.command);
  const viewIds = Object.values(manifest().contributes.views).flat().map((view) => view.id);
  let registered: string[];

  before(async () => {
    await activateVap();
    registered = await vscode.commands.getCommands(true);
  });

  it('registers every command package.json declares', () => {
    const missing = declared.filter((command) => !registered.includes(command));
    assert.deepEqual(missing, [], 'declared in package.json but not registered by the extension');
  });

  it('declares every vap.* command it registers', () => {
    const undeclared = registered
      .filter((command) => command.startsWith('vap.') && !declared.includes(command))
      .filter((command) => !isGeneratedViewCommand(command, viewIds));
    assert.deepEqual(undeclared, [], 'registered by the extension but missing from package.json contributes.commands');
  });

  it('keeps src/ui/commandIds.ts and package.json in step', () => {
    assert.deepEqual([...Object.values(Commands)].sort(), [...declared].sort());
  });

  it('declares every command once, with a title and the VAP category', () => {
    assert.equal(new Set(declared).size, declared.length, 'a command is declared twice');
    for (const entry of manifest().contributes.commands) {
      assert.ok(entry.title, `${entry.command} has no title`);
      assert.equal(entry.category, 'VAP', `${entry.command} is not in the VAP category`);
    }
  });

  it('uses only declared commands in menus', () => {
    const menus = manifest().contributes.menus ?? {};
    const unknown = Object.entries(menus).flatMap(([menu, entries]) =>
      entries.filter((entry) => entry.command !== undefined && !declared.includes(entry.command)).map((entry) => `${menu}: ${entry.command}`));
    assert.deepEqual(unknown, []);
  });
});
