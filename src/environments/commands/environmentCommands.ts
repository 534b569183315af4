// The Environments commands. One handler serves the tree (a node, or several selected), the status bar and the
// command palette: without a node it asks for the account (unless there is one) and offers only the environments
// where the action is valid now. Prompts go through services.prompts.ui so integration tests can script them.

import { vscode } from '../../ui/vscodeApi';
import { pickAccount } from '../../accounts/accountPicker';
import { Commands, Views } from '../../ui/commandIds';
import { Environment, EnvNode } from '../../platform';
import type { AccountParts } from '../../accounts/parts';
import type { CommandRegistry } from '../../ui/slots';
import type { ReportOptions } from '../../ui/reporter';
import { openExternal } from '../../ui/userInterface';
import { ActionOutcome, ActionRequest, ActionRunner } from '../model/actionRunner';
import { EnvRef, EnvironmentStore, MissingTokenError } from '../model/environmentStore';
import { t } from '../../util/l10n';
import { ENV_ACTIONS, EnvAction, RESTART_ALL_AT_ONCE, RESTART_ONE_BY_ONE_DELAY_SECONDS, RestartScope, actionAllowed, actionAvailable, envLabel, scopeNodes } from '../model/envState';
import { restartConfirmation, stopConfirmation } from '../view/confirmations';
import { groupLabel, nodeGroupsOf } from '../view/groups';
import { envIcon, envUrl, nodeLabel, nodeUrl, stateLabel } from '../view/labels';
import { actionTitle, busyText, doneText, noAnswerCause, operationName, progressTitle } from '../view/wording';
import { Ref, accountIdOf, refOf, selectedRefs } from './targets';
import type { EnvironmentsTreeProvider } from '../view/tree';
import type { EnvTreeElement } from '../view/treeElements';
import { WorkspaceBinding } from '../model/workspaceBinding';

export const CONFIRM_SETTING = 'confirmDisruptiveActions';

/** The shared pieces the Environments commands use. */
export interface EnvironmentCommandServices extends Pick<AccountParts, 'accounts' | 'health' | 'log' | 'prompts' | 'reporter'> {
  readonly commands: CommandRegistry;
}

export interface CommandParts {
  readonly services: EnvironmentCommandServices;
  readonly store: EnvironmentStore;
  readonly runner: ActionRunner;
  readonly tree: EnvironmentsTreeProvider;
  readonly treeView: vscode.TreeView<EnvTreeElement>;
  readonly binding: WorkspaceBinding;
}


const ACTION_ICONS: Record<EnvAction, string> = {
  start: 'debug-start',
  stop: 'debug-stop',
  restart: 'debug-restart',
  sleep: 'debug-pause',
};

interface ActionItem extends vscode.QuickPickItem {
  readonly run?: () => unknown;
}

export class EnvironmentCommands {
  readonly #parts: CommandParts;
  constructor(parts: CommandParts) {
    this.#parts = parts;
  }

  register(): vscode.Disposable[] {
    const { commands, reporter } = this.#parts.services;
    const command = (id: string, handler: (arg?: unknown, selection?: unknown) => Promise<unknown>) =>
      commands.register(id, reporter.reporting(t('Environments'), handler));
    return [
      command(Commands.refreshEnvironments, () => this.#refreshAll()),
      command(Commands.refreshAccountEnvironments, (arg) => this.#refreshAccount(arg)),
      command(Commands.startEnvironment, (arg, selection) => this.#lifecycle('start', arg, selection)),
      command(Commands.stopEnvironment, (arg, selection) => this.#lifecycle('stop', arg, selection)),
      command(Commands.sleepEnvironment, (arg, selection) => this.#lifecycle('sleep', arg, selection)),
      command(Commands.restartEnvironment, (arg) => this.#restart('environment', arg)),
      command(Commands.restartNodeGroup, (arg) => this.#restart('group', arg)),
      command(Commands.restartNode, (arg) => this.#restart('node', arg)),
      command(Commands.openEnvironmentInBrowser, (arg) => this.#openInBrowser(arg)),
      command(Commands.copyEnvironmentDomain, (arg) => this.#copyDomain(arg)),
      command(Commands.openDashboard, (arg) => this.#openDashboard(arg)),
      command(Commands.useEnvironmentForWorkspace, (arg) => this.#useForWorkspace(arg)),
      command(Commands.selectWorkspaceEnvironment, () => this.#selectWorkspaceEnvironment()),
      command(Commands.workspaceEnvironmentActions, () => this.#workspaceActions()),
      command(Commands.revealEnvironment, (arg) => this.#reveal(arg)),
    ];
  }

  // ─── Refresh ────────────────────────────────────────────────────────────────────────────────────

  async #refreshAll(): Promise<void> {
    const failures = await vscode.window.withProgress({ location: { viewId: Views.environments } }, () => this.#parts.store.reload());
    await Promise.all(failures.map(({ accountId, error }) => this.#reportLoad(accountId, error)));
  }

  async #refreshAccount(arg: unknown): Promise<void> {
    const accountId = accountIdOf(arg) ?? (await pickAccount(this.#parts.services, undefined, t('Refresh Environments')))?.id;
    if (!accountId) return;
    await vscode.window.withProgress({ location: { viewId: Views.environments } }, () => this.#parts.store.load(accountId));
    const error = this.#parts.store.view(accountId).error;
    if (error !== undefined) await this.#reportLoad(accountId, error);
  }

  /** The reporter, except for a token missing from SecretStorage, which it cannot know about. */
  async #report(error: unknown, options: ReportOptions): Promise<void> {
    if (!(error instanceof MissingTokenError)) return this.#parts.services.reporter.report(error, options);
    this.#parts.services.log.error(`${options.operation} failed`, error);
    const replace = t('Replace Token');
    const answer = await this.#parts.services.prompts.ui.showErrorMessage(
      t('{0} failed: VS Code has no access token stored for this account.', options.operation),
      {},
      replace,
    );
    if (answer === replace) await vscode.commands.executeCommand(Commands.replaceToken, options.accountId);
  }

  #reportLoad(accountId: string, error: unknown): Promise<void> {
    const account = this.#parts.store.account(accountId);
    return this.#report(error, {
      operation: t('Loading the environments of {0}', account?.label ?? accountId),
      usedToken: true,
      accountId,
    });
  }

  // ─── Start / Stop / Sleep (one or several) ──────────────────────────────────────────────────────

  async #lifecycle(action: 'start' | 'stop' | 'sleep', arg: unknown, selection: unknown): Promise<void> {
    let refs = selectedRefs(arg, selection);
    if (refs.length === 0) {
      const picked = await this.#pickEnvironment(action, pickTitle(action));
      if (!picked) return;
      refs = [picked];
    }
    const envs = this.#runnable(action, refs);
    if (envs.length === 0) return;
    if (action !== 'start') {
      const confirmation = stopConfirmation(action, envs.map(({ env }) => env));
      if (!(await this.#confirm(confirmation))) return;
    }
    if (envs.length === 1) return this.#runOne({ ref: envs[0].ref, action }, envs[0].env);
    await this.#runMany(action, envs);
  }

  /** The targets the action can run on now; tells the user about the others (without sending anything). */
  #runnable(action: EnvAction, refs: readonly EnvRef[]): { ref: EnvRef; env: Environment }[] {
    const ready: { ref: EnvRef; env: Environment }[] = [];
    const skipped: string[] = [];
    for (const ref of refs) {
      const env = this.#parts.store.environment(ref);
      if (!env) continue;
      const busy = this.#parts.store.busy(ref);
      if (busy) {
        this.#showBusy(env, busy.action);
        continue;
      }
      if (!actionAllowed(action, env.status)) {
        skipped.push(t('{0} ({1})', envLabel(env), stateLabel(env.status)));
        continue;
      }
      ready.push({ ref, env });
    }
    if (skipped.length > 0) {
      void this.#parts.services.prompts.ui.showInformationMessage(notAllowedText(action, skipped), {});
    }
    return ready;
  }

  #showBusy(env: Environment, running: EnvAction): void {
    void this.#parts.services.prompts.ui.showInformationMessage(
      t('{0} is busy ({1}). Wait until that finishes; nothing was sent.', envLabel(env), busyText(running)),
      {},
    );
  }

  async #confirm(confirmation: { message: string; detail: string; button: string }): Promise<boolean> {
    if (!vscode.workspace.getConfiguration('vap').get<boolean>(CONFIRM_SETTING, true)) return true;
    const answer = await this.#parts.services.prompts.ui.showWarningMessage(
      confirmation.message,
      { modal: true, detail: confirmation.detail },
      confirmation.button,
    );
    return answer === confirmation.button;
  }

  // ─── Restart ────────────────────────────────────────────────────────────────────────────────────

  async #restart(kind: RestartScope['kind'], arg: unknown): Promise<void> {
    const target = await this.#restartTarget(kind, arg);
    if (!target) return;
    const { ref, scope } = target;
    const env = this.#parts.store.environment(ref);
    if (!env) return;
    if (this.#runnable('restart', [ref]).length === 0) return;
    const nodes = scopeNodes(env, scope);
    let delay = RESTART_ALL_AT_ONCE;
    if (nodes.length > 1) {
      const mode = await this.#pickRestartMode(env, scope, nodes.length);
      if (mode === undefined) return;
      delay = mode;
    }
    if (!(await this.#confirm(restartConfirmation(env, scope, delay)))) return;
    await this.#runOne({ ref, action: 'restart', scope, delay }, env);
  }

  async #restartTarget(kind: RestartScope['kind'], arg: unknown): Promise<{ ref: EnvRef; scope: RestartScope } | undefined> {
    const given = refOf(arg);
    if (given) {
      const ref = { accountId: given.accountId, envName: given.envName };
      if (kind === 'group' && given.nodeGroup !== undefined) return { ref, scope: { kind, nodeGroup: given.nodeGroup } };
      if (kind === 'node' && given.nodeId !== undefined) return { ref, scope: { kind, nodeId: given.nodeId } };
      if (kind === 'environment') return { ref, scope: { kind } };
    }
    const ref = given ?? (await this.#pickEnvironment('restart', restartTitle(kind)));
    if (!ref) return undefined;
    const env = this.#parts.store.environment(ref);
    if (!env) return undefined;
    const plain = { accountId: ref.accountId, envName: ref.envName };
    if (kind === 'environment') return { ref: plain, scope: { kind } };
    if (kind === 'group') {
      const groups = nodeGroupsOf(env);
      const picked =
        groups.length === 1
          ? groups[0]
          : await this.#parts.services.prompts.ui.showQuickPick(
              groups.map((group) => ({ label: group.label, description: `${group.name} · ${group.nodes.length}`, group })),
              { title: restartTitle(kind), placeHolder: t('Which node group of {0}?', envLabel(env)) },
            );
      if (!picked) return undefined;
      return { ref: plain, scope: { kind, nodeGroup: 'group' in picked ? picked.group.name : picked.name } };
    }
    const items: (vscode.QuickPickItem & { node?: EnvNode })[] = [];
    for (const group of nodeGroupsOf(env)) {
      items.push({ label: group.label, kind: vscode.QuickPickItemKind.Separator });
      for (const node of group.nodes) items.push({ label: nodeLabel(node), description: String(node.id), node });
    }
    const picked = await this.#parts.services.prompts.ui.showQuickPick(items, {
      title: restartTitle(kind),
      placeHolder: t('Which node of {0}?', envLabel(env)),
      matchOnDescription: true,
    });
    return picked?.node ? { ref: plain, scope: { kind, nodeId: picked.node.id } } : undefined;
  }

  /** One by one (less downtime) or all at once (faster): the platform's own choice, as RestartNodes' `delay`. */
  async #pickRestartMode(env: Environment, scope: RestartScope, count: number): Promise<number | undefined> {
    const what = scope.kind === 'group' ? groupLabel(scope.nodeGroup, env) : envLabel(env);
    const picked = await this.#parts.services.prompts.ui.showQuickPick(
      [
        {
          label: `$(list-ordered) ${t('One by One')}`,
          description: t('{0} seconds apart', RESTART_ONE_BY_ONE_DELAY_SECONDS),
          detail: t('Each node restarts after the previous one; the others keep serving.'),
          delay: RESTART_ONE_BY_ONE_DELAY_SECONDS,
        },
        {
          label: `$(debug-restart) ${t('All at Once')}`,
          description: t('fastest'),
          detail: t('All {0} nodes are down together until they are back.', count),
          delay: RESTART_ALL_AT_ONCE,
        },
      ],
      { title: t('Restart {0}', what), placeHolder: t('How should the {0} nodes restart?', count) },
    );
    return picked?.delay;
  }

  // ─── Running ────────────────────────────────────────────────────────────────────────────────────

  async #runOne(request: ActionRequest, env: Environment): Promise<void> {
    const name = envLabel(env);
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: progressTitle(request.action, name, request.scope, env), cancellable: false },
      (progress) => {
        progress.report({ message: t('this can take minutes') });
        return this.#parts.runner.run(request, {
          onWatching: () => progress.report({ message: t('No clear answer; following its state instead of sending it again…') }),
          onState: (current) => progress.report({ message: stateLabel(current.status) }),
        });
      },
    );
    await this.#handleOutcome(request, name, outcome, env);
  }

  async #runMany(action: 'start' | 'stop' | 'sleep', targets: readonly { ref: EnvRef; env: Environment }[]): Promise<void> {
    const total = targets.length;
    const outcomes = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: manyTitle(action, total), cancellable: false },
      async (progress) => {
        let done = 0;
        return Promise.all(
          targets.map(async ({ ref }) => {
            const outcome = await this.#parts.runner.run({ ref, action });
            done += 1;
            progress.report({ increment: 100 / total, message: t('{0} of {1} done', done, total) });
            return outcome;
          }),
        );
      },
    );
    // Side by side: each report waits for its message to be dismissed.
    await Promise.all(
      outcomes.map((outcome, index) => this.#handleOutcome({ ref: targets[index].ref, action }, envLabel(targets[index].env), outcome, targets[index].env)),
    );
  }

  async #handleOutcome(request: ActionRequest, name: string, outcome: ActionOutcome, before: Environment): Promise<void> {
    const ui = this.#parts.services.prompts.ui;
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
        this.#showBusy(before, outcome.busy.action);
        return;
      case 'gone':
        void ui.showWarningMessage(t('{0} no longer exists on the platform.', name), {});
        return;
      case 'cancelled':
        return;
      case 'failed':
        await this.#report(outcome.error, {
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
        if (answer === again && now) await this.#runOne(request, now);
        return;
      }
    }
  }

  // ─── Open, copy, dashboard, workspace ───────────────────────────────────────────────────────────

  async #openInBrowser(arg: unknown): Promise<void> {
    const ref: Ref | undefined = refOf(arg) ?? (await this.#pickEnvironment(undefined, t('Open Environment in Browser')));
    if (!ref) return;
    const env = this.#parts.store.environment(ref);
    if (!env) return;
    const node = ref.nodeId !== undefined ? env.nodes.find((candidate) => candidate.id === ref.nodeId) : undefined;
    const url = node ? nodeUrl(node) : envUrl(env);
    if (!url) {
      void this.#parts.services.prompts.ui.showInformationMessage(t('{0} has no address to open.', node ? nodeLabel(node) : envLabel(env)), {});
      return;
    }
    await this.#openExternal(url);
  }

  async #copyDomain(arg: unknown): Promise<void> {
    const ref = refOf(arg) ?? (await this.#pickEnvironment(undefined, t('Copy Environment Domain')));
    if (!ref) return;
    const env = this.#parts.store.environment(ref);
    if (!env?.domain) return;
    await this.#parts.services.prompts.ui.writeClipboard(env.domain);
    vscode.window.setStatusBarMessage(`$(check) ${t('Copied {0}', env.domain)}`, 3000);
  }

  async #openDashboard(arg: unknown): Promise<void> {
    const accountId = accountIdOf(arg) ?? (await pickAccount(this.#parts.services, undefined, t('Open Dashboard')))?.id;
    const account = accountId ? this.#parts.store.account(accountId) : undefined;
    if (account) await this.#openExternal(account.origin);
  }

  async #openExternal(url: string): Promise<void> {
    const ui = this.#parts.services.prompts.ui;
    const uri = vscode.Uri.parse(url, true);
    await openExternal(ui, uri);
  }

  async #useForWorkspace(arg: unknown): Promise<void> {
    const ref = refOf(arg) ?? (await this.#pickEnvironment(undefined, t('Use Environment for This Workspace')));
    if (!ref) return;
    await this.#parts.binding.set({ accountId: ref.accountId, envName: ref.envName });
    const env = this.#parts.store.environment(ref);
    vscode.window.setStatusBarMessage(`$(check) ${t('This workspace now uses {0}', env ? envLabel(env) : ref.envName)}`, 3000);
  }

  async #selectWorkspaceEnvironment(): Promise<void> {
    const current = this.#parts.binding.current();
    const account = await pickAccount(this.#parts.services, undefined, t('Select Workspace Environment'));
    if (!account) return;
    const envs = await this.#environmentsOf(account.id);
    if (!envs) return;
    const none = { label: `$(close) ${t('None')}`, description: t('forget the workspace environment'), ref: undefined };
    const items = [
      ...envs.map((env) => ({ ...envItem(env), ref: { accountId: account.id, envName: env.envName } as EnvRef | undefined })),
      ...(current?.source === 'workspace' ? [none] : []),
    ];
    if (items.length === 0) {
      void this.#parts.services.prompts.ui.showInformationMessage(t('{0} has no environments yet.', account.label), {});
      return;
    }
    const picked = await this.#parts.services.prompts.ui.showQuickPick(items, {
      title: t('Select Workspace Environment'),
      placeHolder: t('Which environment does this workspace use?'),
      matchOnDescription: true,
    });
    if (picked) await this.#parts.binding.set(picked.ref);
  }

  /** The status bar's menu: the actions valid now, then open, show and change. */
  async #workspaceActions(): Promise<void> {
    const binding = this.#parts.binding.current();
    if (!binding) return this.#selectWorkspaceEnvironment();
    const { store, services } = this.#parts;
    await store.ensureLoaded(binding.accountId);
    const env = store.environment(binding);
    const busy = store.busy(binding);
    const items: ActionItem[] = [];
    if (services.health.get(binding.accountId).invalid) {
      items.push({ label: `$(key) ${t('Replace Token…')}`, description: t('the access token is invalid or expired'), run: () => vscode.commands.executeCommand(Commands.replaceToken, binding.accountId) });
    }
    if (env) {
      for (const action of ENV_ACTIONS) {
        if (!actionAvailable(action, env, busy)) continue;
        const commandId = lifecycleCommand(action);
        const title = action === 'restart' ? t('Restart…') : actionTitle(action);
        items.push({ label: `$(${ACTION_ICONS[action]}) ${title}`, run: () => vscode.commands.executeCommand(commandId, binding) });
      }
      if (items.length > 0) items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
      const url = envUrl(env);
      if (url) items.push({ label: `$(globe) ${t('Open in Browser')}`, description: url, run: () => this.#openExternal(url) });
      if (env.domain) items.push({ label: `$(copy) ${t('Copy Domain')}`, run: () => this.#copyDomain(binding) });
      items.push({ label: `$(dashboard) ${t('Open Dashboard')}`, run: () => this.#openDashboard(binding) });
      items.push({ label: `$(list-tree) ${t('Show in Environments View')}`, run: () => this.#reveal(binding) });
    } else {
      items.push({ label: `$(refresh) ${t('Refresh')}`, run: () => this.#refreshAccount(binding.accountId) });
    }
    items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
    items.push({ label: `$(arrow-swap) ${t('Change Environment…')}`, run: () => this.#selectWorkspaceEnvironment() });
    const state = env ? (busy ? busyText(busy.action) : stateLabel(env.status)) : t('not found');
    const picked = await services.prompts.ui.showQuickPick(items, {
      title: `${env ? envLabel(env) : binding.envName} — ${state}`,
      placeHolder: t('What do you want to do with this workspace’s environment?'),
    });
    await picked?.run?.();
  }

  async #reveal(arg: unknown): Promise<void> {
    const ref = refOf(arg) ?? this.#parts.binding.current();
    if (!ref) return;
    await this.#parts.store.ensureLoaded(ref.accountId);
    if (!this.#parts.store.environment(ref)) return;
    await this.#parts.treeView.reveal(this.#parts.tree.environmentElement(ref), { select: true, focus: true, expand: false });
  }

  // ─── Picking from the palette ───────────────────────────────────────────────────────────────────

  /** The account's environments, loaded if needed; undefined (after telling the user) when they cannot be read. */
  async #environmentsOf(accountId: string): Promise<readonly Environment[] | undefined> {
    const { store } = this.#parts;
    if (store.view(accountId).status === 'notLoaded' || store.view(accountId).status === 'loading') {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: t('Loading environments…') }, () => store.ensureLoaded(accountId));
    }
    const view = store.view(accountId);
    if (view.error !== undefined && view.envs.length === 0) {
      await this.#reportLoad(accountId, view.error);
      return undefined;
    }
    return view.envs;
  }

  /** Account (skipped when there is one), then an environment where `action` is valid now (any, without an action). */
  async #pickEnvironment(action: EnvAction | undefined, title: string): Promise<EnvRef | undefined> {
    const account = await pickAccount(this.#parts.services, undefined, title);
    if (!account) return undefined;
    const envs = await this.#environmentsOf(account.id);
    if (!envs) return undefined;
    const candidates = envs.filter((env) => !action || actionAvailable(action, env, this.#parts.store.busy({ accountId: account.id, envName: env.envName })));
    if (candidates.length === 0) {
      const message =
        envs.length === 0
          ? t('{0} has no environments yet.', account.label)
          : t('No environment of {0} can be {1} now.', account.label, pastParticiple(action));
      void this.#parts.services.prompts.ui.showInformationMessage(message, {});
      return undefined;
    }
    const picked = await this.#parts.services.prompts.ui.showQuickPick(
      candidates.map((env) => ({ ...envItem(env), ref: { accountId: account.id, envName: env.envName } })),
      { title, placeHolder: t('Which environment?'), matchOnDescription: true },
    );
    return picked?.ref;
  }
}

// ─── Helpers ──────────────────────────────────────────────────────────────────────────────────────

function envItem(env: Environment): vscode.QuickPickItem {
  return {
    label: `$(${envIcon(env).id}) ${envLabel(env)}`,
    description: env.displayName ? `${env.envName} · ${stateLabel(env.status)}` : stateLabel(env.status),
    detail: env.domain,
  };
}

function lifecycleCommand(action: EnvAction): string {
  switch (action) {
    case 'start':
      return Commands.startEnvironment;
    case 'stop':
      return Commands.stopEnvironment;
    case 'restart':
      return Commands.restartEnvironment;
    case 'sleep':
      return Commands.sleepEnvironment;
  }
}

function pickTitle(action: 'start' | 'stop' | 'sleep'): string {
  switch (action) {
    case 'start':
      return t('Start Environment');
    case 'stop':
      return t('Stop Environment');
    case 'sleep':
      return t('Put Environment to Sleep');
  }
}

function restartTitle(kind: RestartScope['kind']): string {
  switch (kind) {
    case 'environment':
      return t('Restart Environment');
    case 'group':
      return t('Restart Node Group');
    case 'node':
      return t('Restart Node');
  }
}

function manyTitle(action: 'start' | 'stop' | 'sleep', count: number): string {
  switch (action) {
    case 'start':
      return t('Starting {0} environments', count);
    case 'stop':
      return t('Stopping {0} environments', count);
    case 'sleep':
      return t('Putting {0} environments to sleep', count);
  }
}

function pastParticiple(action: EnvAction | undefined): string {
  switch (action) {
    case 'start':
      return t('started');
    case 'stop':
      return t('stopped');
    case 'restart':
      return t('restarted');
    case 'sleep':
      return t('put to sleep');
    default:
      return t('used');
  }
}

function notAllowedText(action: EnvAction, skipped: readonly string[]): string {
  const list = skipped.join(', ');
  switch (action) {
    case 'start':
      return t('Only stopped or sleeping environments can be started: {0}.', list);
    case 'stop':
      return t('Only running environments can be stopped: {0}.', list);
    case 'sleep':
      return t('Only running environments can be put to sleep: {0}.', list);
    case 'restart':
      return t('Only running environments can be restarted: {0}.', list);
  }
}
