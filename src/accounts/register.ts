import vscode = require('vscode');
import { Commands } from '../commands';
import type { Services } from '../services';
import { isCancellation } from '../ui/progress';
import { removeAccounts, renameAccount } from './accountCommands';
import { accountFromArgument, pickAccount } from './accountPicker';
import { addAccessToken } from './addAccessToken';
import { AUTH_PROVIDER_ID, AUTH_PROVIDER_LABEL } from './authProvider';
import { generateIdePluginsToken } from './generateIdePluginsToken';
import { regenerateAccountToken } from './regenerateAccountToken';
import { replaceToken } from './replaceToken';
import { t } from '../l10n';

export const HAS_ACCOUNTS_CONTEXT = 'vap.hasAccounts';

/** Account commands, the authentication provider and the `vap.hasAccounts` context key. */
export function registerAccounts(services: Services): vscode.Disposable[] {
  const command = (id: string, operation: string, handler: (arg?: unknown) => Promise<unknown>) =>
    vscode.commands.registerCommand(id, async (arg?: unknown) => {
      try {
        await handler(arg);
      } catch (error) {
        if (!isCancellation(error)) await services.reporter.report(error, { operation });
      }
    });
  const originOf = (arg: unknown) => {
    const origin = (arg as { origin?: unknown } | undefined)?.origin;
    return typeof origin === 'string' ? origin : accountFromArgument(services, arg)?.origin;
  };
  const updateContext = () => vscode.commands.executeCommand('setContext', HAS_ACCOUNTS_CONTEXT, services.accounts.list().length > 0);
  void updateContext();

  return [
    services.authentication,
    vscode.authentication.registerAuthenticationProvider(AUTH_PROVIDER_ID, AUTH_PROVIDER_LABEL, services.authentication, {
      supportsMultipleAccounts: true,
    }),
    services.accounts.onDidChange(() => void updateContext()),
    command(Commands.addAccessToken, t('Adding the access token'), (arg) =>
      addAccessToken(services, { origin: originOf(arg) }),
    ),
    command(Commands.generateIdePluginsToken, t('Generating an IDE Plugins token'), (arg) => {
      // Run for an account (its token lacks a method, say): the new token becomes that account's token.
      const account = accountFromArgument(services, arg);
      return generateIdePluginsToken(services, account ? { origin: account.origin, target: account } : { origin: originOf(arg) });
    }),
    command(Commands.replaceToken, t('Replacing the token'), async (arg) => {
      const account = await pickAccount(services, arg, t('Replace Token'));
      if (account) await replaceToken(services, account);
    }),
    command(Commands.regenerateAccountToken, t('Regenerating the token'), async (arg) => {
      const account = await pickAccount(services, arg, t('Regenerate Account Token'));
      if (account) await regenerateAccountToken(services, account);
    }),
    command(Commands.renameAccount, t('Renaming the account'), (arg) => renameAccount(services, arg)),
    command(Commands.removeAccount, t('Removing the account'), (arg) => removeAccounts(services, arg)),
  ];
}
