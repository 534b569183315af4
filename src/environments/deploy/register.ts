// Registers the deploy commands (Deploy Archive…, Redeploy Last Deployment, Deploy from Git Repository…), each through
// the one error path; called from registerEnvironments with the Environments commands' parts.

import type { vscode } from '../../ui/vscodeApi';
import { Commands } from '../../ui/commandIds';
import { t } from '../../util/l10n';
import type { CommandParts } from '../commands/parts';
import { deployArchiveCommand, redeployLast } from './archiveDeploy';
import { DeployOutput } from './deployOutput';
import { DeployRuns } from './deployParts';
import { deployFromGit } from './gitDeployCommand';
import { DeployMemory } from './lastDeploy';

/** What integration tests reach: the output's lines, the progress shown, Cancel, the memory. */
export interface DeployApi {
  readonly output: DeployOutput;
  readonly runs: DeployRuns;
  readonly memory: DeployMemory;
}

export function registerDeploy(base: CommandParts, workspaceState: vscode.Memento): { api: DeployApi; disposables: vscode.Disposable[] } {
  const output = new DeployOutput((text) => base.services.log.redactor.redact(text));
  const runs = new DeployRuns();
  const memory = new DeployMemory(workspaceState);
  const parts = { ...base, output, runs, memory };
  const { commands, reporter } = base.services;
  const command = (id: string, operation: string, handler: (arg?: unknown) => Promise<unknown>) =>
    commands.register(id, reporter.reporting(operation, handler));
  return {
    api: { output, runs, memory },
    disposables: [
      output,
      runs,
      command(Commands.deployArchive, t('Deploy Archive'), (arg) => deployArchiveCommand(parts, arg)),
      command(Commands.redeployLast, t('Redeploy Last Deployment'), () => redeployLast(parts)),
      command(Commands.deployFromGit, t('Deploy from Git Repository'), (arg) => deployFromGit(parts, arg)),
    ],
  };
}
