// Choosing an environment from the palette: the account, then only the environments the action is valid for.

import type { CommandParts } from './parts';
import { EnvAction, actionAvailable, envLabel } from '../model/envState';
import type { EnvRef } from '../model/storeTypes';
import type { Environment } from '../../platform';
import { envIcon, stateLabel } from '../view/labels';
import { pickAccount } from '../../accounts/accountPicker';
import { reportLoad } from './refresh';
import { t } from '../../util/l10n';
import { vscode } from '../../ui/vscodeApi';
import { wordsFor } from '../view/wording';

/** The account's environments, loaded if needed; undefined (after telling the user) when they cannot be read. */
export async function environmentsOf(parts: CommandParts, accountId: string): Promise<readonly Environment[] | undefined> {
  const { store } = parts;
  if (store.view(accountId).status === 'notLoaded' || store.view(accountId).status === 'loading') {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: t('Loading environments…') }, () => store.ensureLoaded(accountId));
  }
  const view = store.view(accountId);
  if (view.error !== undefined && view.envs.length === 0) {
    await reportLoad(parts, accountId, view.error);
    return undefined;
  }
  return view.envs;
}

/** Account (skipped when there is one), then an environment where `action` is valid now (any, without an action). */
export async function pickEnvironment(parts: CommandParts, action: EnvAction | undefined, title: string): Promise<EnvRef | undefined> {
  const account = await pickAccount(parts.services, undefined, title);
  if (!account) return undefined;
  const envs = await environmentsOf(parts, account.id);
  if (!envs) return undefined;
  const candidates = envs.filter((env) => !action || actionAvailable(action, env, parts.store.busy({ accountId: account.id, envName: env.envName })));
  if (candidates.length === 0) {
    const message =
      envs.length === 0
        ? t('{0} has no environments yet.', account.label)
        : t('No environment of {0} can be {1} now.', account.label, (action ? wordsFor(action).participle : t('used')));
    void parts.services.prompts.ui.showInformationMessage(message, {});
    return undefined;
  }
  const picked = await parts.services.prompts.ui.showQuickPick(
    candidates.map((env) => ({ ...envItem(env), ref: { accountId: account.id, envName: env.envName } })),
    { title, placeHolder: t('Which environment?'), matchOnDescription: true },
  );
  return picked?.ref;
}

/** An environment as a quick pick item: icon, label, name and state, domain. */
export function envItem(env: Environment): vscode.QuickPickItem {
  return {
    label: `$(${envIcon(env).id}) ${envLabel(env)}`,
    description: env.displayName ? `${env.envName} · ${stateLabel(env.status)}` : stateLabel(env.status),
    detail: env.domain,
  };
}
