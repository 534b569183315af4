// Running an action under a progress notification, and telling the user how it ended.

import type { ActionOutcome, ActionRequest } from '../model/actionRunner';
import type { CommandParts } from './parts';
import type { EnvRef } from '../model/storeTypes';
import type { Environment } from '../../platform';
import { type EnvAction, actionAllowed, envLabel } from '../model/envState';
import { busyText, doneText, noAnswerCause, operationName, progressTitle, wordsFor } from '../view/wording';
import { stateLabel } from '../view/labels';
import { t } from '../../util/l10n';
import { vscode } from '../../ui/vscodeApi';

export async function runOne(parts: CommandParts, request: ActionRequest, env: Environment): Promise<void> {
  const name = envLabel(env);
  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: progressTitle(request.action, name, request.scope, env), cancellable: false },
    (progress) => {
      progress.report({ message: t('this can take minutes') });
      return parts.runner.run(request, {
        onWatching: () => progress.report({ message: t('No clear answer; following its state instead of sending it again…') }),
        onState: (current) => progress.report({ message: stateLabel(current.status) }),
      });
    },
  );
  await handleOutcome(parts, request, name, outcome, env);
}

export async function runMany(parts: CommandParts, action: 'start' | 'stop' | 'sleep', targets: readonly { ref: EnvRef; env: Environment }[]): Promise<void> {
  const total = targets.length;
  const outcomes = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: wordsFor(action).many(total), cancellable: false },
    async (progress) => {
      let done = 0;
      return Promise.all(
        targets.map(async ({ ref }) => {
          const outcome = await parts.runner.run({ ref, action });
          done += 1;
          progress.report({ increment: 100 / total, message: t('{0} of {1} done', done, total) });
          return outcome;
        }),
      );
    },
  );
  // Side by side: each report waits for its message to be dismissed.
  await Promise.all(
    outcomes.map((outcome, index) => handleOutcome(parts, { ref: targets[index].ref, action }, envLabel(targets[index].env), outcome, targets[index].env)),
  );
}

export async function handleOutcome(parts: CommandParts, request: ActionRequest, name: string, outcome: ActionOutcome, before: Environment): Promise<void> {
  const ui = parts.services.prompts.ui;
  switch (outcome.kind) {
    case 'done':
      if (outcome.confirmedAfter === undefined) {
        vscode.window.setStatusBarMessage(`$(check) ${doneText(request.action, name)}`, 5000);
        return;
      }
      // The user saw "no clear answer" in the progress: say how it ended, not just a passing status bar line.
      void ui.showInformationMessage(
        t(
          '“{0}” got no clear answer ({1}), so its outcome was unknown for a while. The platform has now confirmed it: {2}.',
          operationName(request.action, name, request.scope, before),
          noAnswerCause(outcome.confirmedAfter),
          doneText(request.action, name),
        ),
        {},
      );
      return;
    case 'busy':
      showBusy(parts, before, outcome.busy.action);
      return;
    case 'gone':
      void ui.showWarningMessage(t('{0} no longer exists on the platform.', name), {});
      return;
    case 'cancelled':
      return;
    case 'failed':
      await parts.services.reporter.report(outcome.error, {
        operation: operationName(request.action, name, request.scope, before),
        usedToken: true,
        accountId: request.ref.accountId,
        currentState: outcome.env ? stateLabel(outcome.env.status).toLocaleLowerCase() : undefined,
      });
      return;
    case 'uncertain': {
      const now = outcome.env;
      const operation = operationName(request.action, name, request.scope, before);
      const cause = noAnswerCause(outcome.error);
      const message = !now
        ? t('“{0}” got no clear answer ({1}), and the state of {2} could not be read. Nothing was sent again; refresh to see where it is.', operation, cause, name)
        : t(
            '“{0}” got no clear answer ({1}). {2} is now {3}: the platform may not have done it. Nothing was sent again.',
            operation,
            cause,
            name,
            stateLabel(now.status).toLocaleLowerCase(),
          );
      const again = t('Try Again');
      const canRetry = now !== undefined && actionAllowed(request.action, now.status);
      const answer = await ui.showWarningMessage(message, {}, ...(canRetry ? [again] : []));
      if (answer === again && now) await runOne(parts, request, now);
      return;
    }
  }
}

export function showBusy(parts: CommandParts, env: Environment, running: EnvAction): void {
  void parts.services.prompts.ui.showInformationMessage(
    t('{0} is busy ({1}). Wait until that finishes; nothing was sent.', envLabel(env), busyText(running)),
    {},
  );
}
