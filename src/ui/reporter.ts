// The one error path. Every command handler is wrapped by `reporting()`; code that catches a failure itself (a view
// loading its rows, a step that goes on after it) calls `report()`. Both log the details (redacted), show the one
// sentence of ui/failure.ts with its next steps as buttons, and run the step the user picks.

import { vscode } from './vscodeApi';
import { Commands } from './commandIds';
import { describeFailure, Failure, FailureContext } from './failure';
import { CallError } from '../platform';
import { isCancellation } from './progress';
import type { Log } from './log';
import type { UserInterfaceHolder } from './userInterface';
import type { NextStep } from '../util/guidedError';
import { t } from '../util/l10n';

/** Each next step: its button and the command it runs (given the account, when there is one). */
const NEXT_STEPS: Readonly<Record<NextStep, { readonly title: () => string; readonly command: string }>> = {
  replaceToken: { title: () => t('Replace Token'), command: Commands.replaceToken },
  editToken: { title: () => t('Edit Token'), command: Commands.editToken },
  generateIdePluginsToken: { title: () => t('Generate IDE Plugins Token'), command: Commands.generateIdePluginsToken },
  signInToManageTokens: { title: () => t('Sign In'), command: Commands.signInToManageTokens },
  showLog: { title: () => t('Show Log'), command: Commands.showLog },
};

/** The button and command of a next step (a tree row offers it too). */
export function nextStep(step: NextStep): { readonly title: () => string; readonly command: string } {
  return NEXT_STEPS[step];
}

/** Told about failures of calls made with an account's token (accounts/accountHealth.ts listens). */
export interface TokenFailureSink {
  recordFailure(accountId: string, error: unknown): unknown;
}

/** Which account a failed call was made for, when the command that failed could not say (one account on its host). */
export interface AccountOfHost {
  soleAccountOn(host: string): string | undefined;
}

/** What a step that changes a token learns: the account, and the permission to add (8202). */
export interface TokenStepArgument {
  readonly accountId?: string;
  /** The platform, when the token belongs to no account yet (Add Access Token). */
  readonly origin?: string;
  readonly permission: string;
}

/** Arguments the chosen action's command receives, e.g. the account whose token to replace. */
export interface ReportOptions extends FailureContext {
  readonly accountId?: string;
  /** The platform, for a token of no account yet. */
  readonly origin?: string;
  /** For a flow with a sign-in of its own: runs it again when its sign-in has ended. */
  readonly retry?: () => Promise<unknown>;
}

export class ErrorReporter {
  readonly #log: Log;
  readonly #prompts: UserInterfaceHolder;
  readonly #health: TokenFailureSink | undefined;
  readonly #accounts: AccountOfHost | undefined;
  /** Failures already shown (a view's load that a command awaited): the wrapper does not show them twice. */
  readonly #reported = new WeakSet<object>();
  constructor(log: Log, prompts: UserInterfaceHolder, health?: TokenFailureSink, accounts?: AccountOfHost) {
    this.#log = log;
    this.#prompts = prompts;
    this.#health = health;
    this.#accounts = accounts;
  }

  /** Logs and shows the failure; resolves once the user picked a next step (or dismissed the message). */
  async report(error: unknown, options: ReportOptions): Promise<void> {
    if (typeof error === 'object' && error !== null) this.#reported.add(error);
    this.#log.error(`${options.operation} failed`, error);
    if (options.usedToken && options.accountId) this.#health?.recordFailure(options.accountId, error);
    if (!(error instanceof Error) || !error.message) this.#log.error('(no error details)');
    const failure = describeFailure(error, options);
    // A flow with a sign-in of its own signs in again itself: "Try Again" instead of the token-management sign-in.
    const retry = options.retry;
    const steps = retry ? failure.actions.filter((step) => step !== 'signInToManageTokens') : failure.actions;
    const again = retry && steps.length < failure.actions.length ? t('Try Again') : undefined;
    const titles = [...(again ? [again] : []), ...steps.map((step) => NEXT_STEPS[step].title())];
    // The prompts redact what they show (ui/userInterface.ts): the message goes as it is.
    const chosen = await this.#prompts.ui.showErrorMessage(failure.message, {}, ...titles);
    if (again && chosen === again) return void (await retry?.());
    const step = steps.find((candidate) => NEXT_STEPS[candidate].title() === chosen);
    if (!step) return;
    // A token of no account yet (options.origin) is not the token of an account that happens to be on that host.
    const guessed = options.origin === undefined && error instanceof CallError ? this.#accounts?.soleAccountOn(error.host) : undefined;
    const accountId = options.accountId ?? guessed;
    await vscode.commands.executeCommand(NEXT_STEPS[step].command, stepArgument(step, failure, accountId, options.origin));
  }

  /** Whether this failure was shown already. */
  wasReported(error: unknown): boolean {
    return typeof error === 'object' && error !== null && this.#reported.has(error);
  }

  /** THE command wrapper: the handler, with its failures reported as `operation` failing (a cancellation is none). */
  reporting<A extends unknown[]>(
    operation: string,
    handler: (...args: A) => Promise<unknown>,
    options: { readonly retry?: (...args: A) => Promise<unknown>; readonly usedToken?: boolean } = {},
  ): (...args: A) => Promise<void> {
    return async (...args: A) => {
      try {
        await handler(...args);
      } catch (error) {
        if (isCancellation(error) || this.wasReported(error)) return;
        const retry = options.retry;
        await this.report(error, { operation, usedToken: options.usedToken, retry: retry && (() => retry(...args)) });
      }
    };
  }
}

/** The account id, or (a step that changes a token for a refused method) the account and the permission. */
function stepArgument(step: NextStep, failure: Failure, accountId?: string, origin?: string): string | TokenStepArgument | undefined {
  const addsPermission = step === 'editToken' || step === 'generateIdePluginsToken';
  return addsPermission && failure.permission ? { accountId, origin, permission: failure.permission } : accountId;
}
