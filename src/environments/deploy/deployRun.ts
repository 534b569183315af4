// Running one deploy under a cancellable notification: the confirmation, then the upload with its bytes ("Uploading
// app.war — 1.2 of 4.0 MB") and DeployArchive ("Deploying to Shop…"), or the Git deploy; the result and the nodes'
// log in the VAP Deploy output, and a notification with Open in Browser / Show Log. Failures go to the one error path.

import { AbortError, Environment, NodeDeployError, PlatformClient } from '../../platform';
import { openExternal } from '../../ui/userInterface';
import { t } from '../../util/l10n';
import { vscode } from '../../ui/vscodeApi';
import { confirm } from '../commands/lifecycle';
import { envLabel } from '../model/envState';
import type { EnvRef } from '../model/storeTypes';
import { envUrl, stateLabel } from '../view/labels';
import { groupLabel } from '../view/groups';
import type { DeployParts, DeployProgress } from './deployParts';

export interface DeployPlan {
  readonly ref: EnvRef;
  readonly env: Environment;
  readonly nodeGroup: string;
  readonly context: string;
  /** What is deployed, as the messages name it: `app.war`, a repository. */
  readonly what: string;
}

/** The steps of one deploy, given the account's client and token and the run's signal; `report` shows progress. */
export type DeploySteps = (
  call: { client: PlatformClient; token: string; signal: AbortSignal },
  report: (progress: DeployProgress, increment?: number) => void,
) => Promise<{ log: string; message?: string }>;

/** "Deploy app.war to Shop (ROOT)?" honouring vap.confirmDisruptiveActions: a deploy replaces what runs there. */
export function confirmDeploy(parts: DeployParts, plan: DeployPlan): Promise<boolean> {
  const name = envLabel(plan.env);
  const nodes = plan.env.nodes.filter((node) => node.nodeGroup === plan.nodeGroup).length;
  return confirm(parts, {
    message: t('Deploy {0} to {1}?', plan.what, name),
    detail: t(
      'This replaces the application at context {0} on {1} ({2}); it may not answer while it deploys.',
      plan.context,
      groupLabel(plan.nodeGroup, plan.env),
      nodes === 1 ? t('1 node') : t('{0} nodes', nodes),
    ),
    button: t('Deploy'),
  });
}

/** Runs the steps under the notification and tells how it ended. Resolves once the result message is answered. */
export async function runDeploy(parts: DeployParts, plan: DeployPlan, steps: DeploySteps): Promise<void> {
  const { output, runs, services } = parts;
  const name = envLabel(plan.env);
  const operation = t('Deploy {0} to {1}', plan.what, name);
  const controller = runs.begin(plan.ref);
  if (!controller) {
    void services.prompts.ui.showInformationMessage(t('A deployment to {0} is already running; wait until it finishes.', name), {});
    return;
  }
  output.step(t('{0} (node group {1}, context {2})', operation, plan.nodeGroup, plan.context));
  let result: { log: string; message?: string } | undefined;
  let failure: { error: unknown } | undefined;
  let phase: DeployProgress['phase'] | undefined;
  try {
    const credentials = await parts.store.credentials(plan.ref.accountId);
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: operation, cancellable: true },
      async (progress, token) => {
        const subscription = token.onCancellationRequested(() => controller.abort());
        try {
          return await steps({ ...credentials, signal: controller.signal }, (report, increment) => {
            phase = report.phase;
            progress.report({ message: report.message, increment });
            runs.report(report);
          });
        } finally {
          subscription.dispose();
        }
      },
    );
  } catch (error) {
    failure = { error };
  } finally {
    // Over before any message waits for the user: another deploy to the environment may start meanwhile.
    runs.end(plan.ref);
  }
  if (failure || !result) {
    await failed(parts, plan, operation, failure?.error, controller.signal.aborted ? (phase ?? 'upload') : undefined);
    return;
  }
  services.log.info(`${operation}: done`);
  if (result.log) output.write(result.log);
  output.step(result.message ? t('Done: {0}', result.message) : t('Done.'));
  // The environment's row shows its state after the deploy (its nodes restarted).
  await parts.store.refreshEnvironment(plan.ref).catch(() => undefined);
  await announce(parts, plan);
}

async function announce(parts: DeployParts, plan: DeployPlan): Promise<void> {
  const open = t('Open in Browser');
  const show = t('Show Log');
  const base = envUrl(plan.env);
  const answer = await parts.services.prompts.ui.showInformationMessage(
    t('Deployed {0} to {1} (context {2}).', plan.what, envLabel(plan.env), plan.context),
    {},
    ...(base ? [open] : []),
    show,
  );
  if (answer === open && base) await openExternal(parts.services.prompts.ui, vscode.Uri.parse(appUrl(base, plan.context)));
  if (answer === show) parts.output.show();
}

/** The application's address: the domain for ROOT, `/<context>/` under it otherwise. */
export function appUrl(base: string, context: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return context === 'ROOT' ? root : `${root}${encodeURIComponent(context)}/`;
}

/** `cancelledIn`: the phase the user pressed Cancel in; an upload cancelled leaves nothing deployed. */
async function failed(parts: DeployParts, plan: DeployPlan, operation: string, error: unknown, cancelledIn?: DeployProgress['phase']): Promise<void> {
  const { output, services } = parts;
  if (error instanceof NodeDeployError && error.log) output.write(error.log);
  if (cancelledIn || error instanceof AbortError) {
    output.step(t('Cancelled.'));
    services.log.info(`${operation}: cancelled`);
    const message =
      cancelledIn === 'deploy'
        ? t('{0}: stopped waiting. The platform may still finish the deployment it started.', operation)
        : t('{0}: cancelled. Nothing was deployed.', operation);
    void services.prompts.ui.showInformationMessage(message, {});
    return;
  }
  output.step(t('Failed: {0}', error instanceof Error ? error.message : String(error)));
  // The nodes' own words are in the deploy output; show it beside the message, as deploy tools do.
  output.show();
  const now = await parts.store.refreshEnvironment(plan.ref).catch(() => undefined);
  await services.reporter.report(error, {
    operation,
    usedToken: true,
    accountId: plan.ref.accountId,
    currentState: now ? stateLabel(now.status).toLocaleLowerCase() : undefined,
  });
}
