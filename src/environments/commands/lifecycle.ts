// Start, Stop and Sleep, on one environment or several: what can run now, and the confirmation first.

import { CONFIRM_SETTING, CommandParts } from './parts';
import { EnvAction, actionAllowed, envLabel } from '../model/envState';
import type { EnvRef } from '../model/storeTypes';
import type { Environment } from '../../platform';
import { wordsFor } from '../view/wording';
import { pickEnvironment } from './pick';
import { runMany, runOne, showBusy } from './run';
import { selectedRefs } from './targets';
import { stateLabel } from '../view/labels';
import { stopConfirmation } from '../view/confirmations';
import { t } from '../../util/l10n';
import { vscode } from '../../ui/vscodeApi';

export async function lifecycle(parts: CommandParts, action: 'start' | 'stop' | 'sleep', arg: unknown, selection: unknown): Promise<void> {
  let refs = selectedRefs(arg, selection);
  if (refs.length === 0) {
    const picked = await pickEnvironment(parts, action, wordsFor(action).commandTitle);
    if (!picked) return;
    refs = [picked];
  }
  const envs = runnable(parts, action, refs);
  if (envs.length === 0) return;
  if (action !== 'start') {
    const confirmation = stopConfirmation(action, envs.map(({ env }) => env));
    if (!(await confirm(parts, confirmation))) return;
  }
  if (envs.length === 1) return runOne(parts, { ref: envs[0].ref, action }, envs[0].env);
  await runMany(parts, action, envs);
}

/** The targets the action can run on now; tells the user about the others (without sending anything). */
export function runnable(parts: CommandParts, action: EnvAction, refs: readonly EnvRef[]): { ref: EnvRef; env: Environment }[] {
    const ready: { ref: EnvRef; env: Environment }[] = [];
    const skipped: string[] = [];
    for (const ref of refs) {
    const env = parts.store.environment(ref);
    if (!env) continue;
    const busy = parts.store.busy(ref);
    if (busy) {
      showBusy(parts, env, busy.action);
      continue;
    }
    if (!actionAllowed(action, env.status)) {
      skipped.push(t('{0} ({1})', envLabel(env), stateLabel(env.status)));
      continue;
    }
    ready.push({ ref, env });
  }
  if (skipped.length > 0) {
    void parts.services.prompts.ui.showInformationMessage(wordsFor(action).onlyFrom(skipped.join(', ')), {});
  }
  return ready;
}

export async function confirm(parts: CommandParts, confirmation: { message: string; detail: string; button: string }): Promise<boolean> {
  if (!vscode.workspace.getConfiguration('vap').get<boolean>(CONFIRM_SETTING, true)) return true;
  const answer = await parts.services.prompts.ui.showWarningMessage(
    confirmation.message,
    { modal: true, detail: confirmation.detail },
    confirmation.button,
  );
  return answer === confirmation.button;
}
