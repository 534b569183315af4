import { vscode } from './vscodeApi';
import { Commands } from './commandIds';
import { describeFailure, FailureAction, FailureContext } from './failure';
import { isCancellation } from './progress';
import type { AccountHealth } from '../accounts/accountHealth';
import type { Log } from './log';
import type { UserInterfaceHolder } from './userInterface';
import { t } from '../util/l10n';

const ACTION_TITLES: Record<FailureAction, string> = {
  replaceToken: t('Replace Token'),
  generateIdePluginsToken: t('Generate IDE Plugins Token'),
  signInToManageTokens: t('Sign In'),
  showLog: t('Show Log'),
};

/** Arguments the chosen action's command receives, e.g. the account whose token to replace. */
export interface ReportOptions extends FailureContext {
  readonly accountId?: string;
}

/** The one place failures reach the user: a sentence with the next step, and the details in the log. */
export class ErrorReporter {
  readonly #log: Log;
  readonly #prompts: UserInterfaceHolder;
  /** Told about failures of calls made with an account's token, so a refused token shows as "token invalid". */
  readonly #health: Pick<AccountHealth, 'recordFailure'> | undefined;
  constructor(log: Log, prompts: UserInterfaceHolder, health?: Pick<AccountHealth, 'recordFailure'>) {
    this.#log = log;
    this.#prompts = prompts;
    this.#health = health;
  }

  /** Logs and shows the failure; resolves once the user picked an action (or dismissed the message). */
  async report(error: unknown, options: ReportOptions): Promise<void> {
    this.#log.error(`${options.operation} failed`, error);
    if (options.usedToken && options.accountId) this.#health?.recordFailure(options.accountId, error);
    if (!(error instanceof Error) || !error.message) this.#log.error('(no error details)');
    const failure = describeFailure(error, options);
    const titles = failure.actions.map((action) => ACTION_TITLES[action]);
    const chosen = await this.#prompts.ui.showErrorMessage(this.#log.redactor.redact(failure.message), {}, ...titles);
    const action = failure.actions.find((candidate) => ACTION_TITLES[candidate] === chosen);
    if (action) await vscode.commands.executeCommand(commandFor(action), options.accountId);
  }

  /** The handler, with its failures reported as `operation` failing (a cancellation is not a failure). */
  reporting<A extends unknown[]>(operation: string, handler: (...args: A) => Promise<unknown>): (...args: A) => Promise<void> {
    return async (...args: A) => {
      try {
        await handler(...args);
      } catch (error) {
        if (!isCancellation(error)) await this.report(error, { operation });
      }
    };
  }
}

function commandFor(action: FailureAction): string {
  switch (action) {
    case 'showLog':
      return Commands.showLog;
    case 'replaceToken':
      return Commands.replaceToken;
    case 'generateIdePluginsToken':
      return Commands.generateIdePluginsToken;
    case 'signInToManageTokens':
      return Commands.signInToManageTokens;
  }
}
