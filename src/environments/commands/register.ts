// Registers the Environments commands. One handler serves the tree (a node, or several selected), the status bar and
// the command palette: without a node it asks for the account (unless there is one) and offers only the environments
// where the action is valid now. Prompts go through services.prompts.ui so integration tests can script them.

import type { CommandParts } from './parts';
import { Commands } from '../../ui/commandIds';
import { copyDomain, openDashboard, openInBrowser } from './open';
import { lifecycle } from './lifecycle';
import { refreshAccount, refreshAll, refreshNodeFolder } from './refresh';
import { restart } from './restart';
import { reveal, selectWorkspaceEnvironment, useForWorkspace, workspaceActions } from './workspace';
import { t } from '../../util/l10n';
import { vscode } from '../../ui/vscodeApi';

/** Every Environments command's handler, each wrapped by the one error path (ErrorReporter.reporting). */
export function registerEnvironmentCommands(parts: CommandParts): vscode.Disposable[] {
  const { commands, reporter } = parts.services;
  const command = (id: string, handler: (arg?: unknown, selection?: unknown) => Promise<unknown>) =>
    commands.register(id, reporter.reporting(t('Environments'), handler));
  return [
    command(Commands.refreshEnvironments, () => refreshAll(parts)),
    command(Commands.refreshAccountEnvironments, (arg) => refreshAccount(parts, arg)),
    command(Commands.startEnvironment, (arg, selection) => lifecycle(parts, 'start', arg, selection)),
    command(Commands.stopEnvironment, (arg, selection) => lifecycle(parts, 'stop', arg, selection)),
    command(Commands.sleepEnvironment, (arg, selection) => lifecycle(parts, 'sleep', arg, selection)),
    command(Commands.restartEnvironment, (arg) => restart(parts, 'environment', arg)),
    command(Commands.restartNodeGroup, (arg) => restart(parts, 'group', arg)),
    command(Commands.restartNode, (arg) => restart(parts, 'node', arg)),
    command(Commands.openEnvironmentInBrowser, (arg) => openInBrowser(parts, arg)),
    command(Commands.copyEnvironmentDomain, (arg) => copyDomain(parts, arg)),
    command(Commands.openDashboard, (arg) => openDashboard(parts, arg)),
    command(Commands.useEnvironmentForWorkspace, (arg) => useForWorkspace(parts, arg)),
    command(Commands.selectWorkspaceEnvironment, () => selectWorkspaceEnvironment(parts)),
    command(Commands.workspaceEnvironmentActions, () => workspaceActions(parts)),
    command(Commands.revealEnvironment, (arg) => reveal(parts, arg)),
    command(Commands.refreshNodeFolder, async (arg) => refreshNodeFolder(parts, arg)),
  ];
}
