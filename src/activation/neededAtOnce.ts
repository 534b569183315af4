// What makes activation load the rest of the extension at once instead of on first use: things that show without
// the user opening anything.

import type { Account } from '../accounts/account';
import { expiresWithin, warningDays } from '../accounts/expiryWindow';
import { BINDING_SETTING, BINDING_STATE_KEY } from '../environments/model/bindingKeys';
import { vscode } from '../ui/vscodeApi';

/** The status bar item of the workspace's environment, or an expiry warning that is due. */
export function neededAtOnce(workspaceState: vscode.Memento, accounts: readonly Account[], now = new Date()): boolean {
  if (accounts.length === 0) return false;
  const chosen = workspaceState.get<unknown>(BINDING_STATE_KEY);
  const setting = vscode.workspace.getConfiguration('vap').get<unknown>(BINDING_SETTING);
  // The setting defaults to null; a choice made here is an object.
  if ((chosen !== undefined && chosen !== null) || (typeof setting === 'object' && setting !== null)) return true;
  const days = warningDays();
  return days > 0 && accounts.some((account) => expiresWithin(account, now, days));
}
