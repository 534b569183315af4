import { vscode } from '../ui/vscodeApi';
import { Commands } from '../ui/commandIds';
import { parsePlatformOrigin } from '../platform';
import type { AccountParts } from './parts';
import { removeAccounts, renameAccount } from './accountCommands';
import { accountFromArgument, pickAccount } from './accountPicker';
import { addAccessToken } from './addAccessToken';
import { generateIdePluginsToken } from './generateIdePluginsToken';
import { regenerateAccountToken } from './regenerateAccountToken';
import { replaceToken } from './replaceToken';
import type { CommandRegistry } from '../ui/slots';
import { t } from '../util/l10n';

/** What the account commands use: every account piece, and the command table to put their handlers in. */
export interface AccountsFeatureParts extends AccountParts {
  readonly commands: CommandRegistry;
}

/** The account commands' handlers. */
export function registerAccounts(services: AccountsFeatureParts): vscode.Disposable[] {
  // A flow that signs in itself (Generate IDE Plugins Token, Regenerate Account Token) may outlive its sign-in's idle
  // limit while it waits for an answer: the one error path then offers to run the command again.
  const command = (id: string, operation: string, handler: (arg?: unknown) => Promise<unknown>) =>
    services.commands.register(
      id,
      services.reporter.reporting(operation, handler, { retry: (arg?: unknown) => Promise.resolve(vscode.commands.executeCommand(id, arg)) }),
    );
  // An address from a link or another extension is read like a typed one: normalised, user info and other schemes
  // refused (OriginError, reported without repeating it), path, query and fragment dropped.
  const originOf = (arg: unknown) => {
    const origin = (arg as { origin?: unknown } | undefined)?.origin;
    return typeof origin === 'string' ? parsePlatformOrigin(origin) : accountFromArgument(services, arg)?.origin;
  };
  return [
    command(Commands.addAccessToken, t('Adding the access token'), (arg) =>
      addAccessToken(services, { origin: originOf(arg) }),
    ),
    command(Commands.generateIdePluginsToken, t('Generating an IDE Plugins token'), (arg) => {
      // Run for an account (its token lacks a method, say): the new token becomes that account's token.
      const account = accountFromArgument(services, arg);
      const refused = (arg as { permission?: unknown } | undefined)?.permission;
      const permission = typeof refused === 'string' ? refused : undefined;
      return generateIdePluginsToken(services, account ? { origin: account.origin, target: account, permission } : { origin: originOf(arg), permission });
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
