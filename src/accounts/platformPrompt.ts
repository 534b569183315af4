import { vscode } from '../ui/vscodeApi';
import { originHost } from '../platform';
import type { AccountParts } from './parts';
import type { Steps } from '../ui/steps';
import { accountTitle } from './account';
import { checkPlatformAddress } from './platformInput';
import { RecentPlatforms } from './recentPlatforms';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'accounts' | 'globalState' | 'prompts'>;

interface PlatformItem extends vscode.QuickPickItem {
  readonly origin?: string;
}

/**
 * Asks which platform: a pick of the platforms of stored accounts and recent ones, or an address typed or pasted
 * (`app.example.com`, a dashboard URL with a path…). Returns the exact origin, or undefined when cancelled.
 */
export async function askPlatform(services: Parts, steps: Steps, options: { value?: string } = {}): Promise<string | undefined> {
  const ui = services.prompts.ui;
  const known = knownPlatforms(services);
  if (known.length > 0) {
    const items: PlatformItem[] = known.map(({ origin, detail }) => ({
      label: `$(globe) ${originHost(origin)}`,
      description: origin.startsWith('http://') ? origin : undefined,
      detail,
      origin,
    }));
    items.push({ label: `$(edit) ${t('Enter Another Platform Address…')}` });
    const picked = await ui.showQuickPick(items, {
      title: steps.next(),
      placeHolder: t('Pick the platform (the address of its dashboard)'),
      ignoreFocusOut: true,
    });
    if (!picked) return undefined;
    if (picked.origin) return picked.origin;
  } else {
    steps.next();
  }
  const typed = await ui.showInputBox({
    title: steps.again(),
    prompt: t('The address of your platform dashboard, as in the browser'),
    placeHolder: 'https://app.example.com',
    value: options.value,
    ignoreFocusOut: true,
    validateInput: (text) => {
      if (!text.trim()) return undefined;
      const checked = checkPlatformAddress(text);
      return 'problem' in checked ? checked.problem : undefined;
    },
  });
  if (typed === undefined) return undefined;
  const checked = checkPlatformAddress(typed);
  if ('problem' in checked) {
    await ui.showErrorMessage(checked.problem, {});
    return undefined;
  }
  return checked.origin;
}

export function recentPlatforms(services: Pick<AccountParts, 'globalState'>): RecentPlatforms {
  return new RecentPlatforms(services.globalState);
}

/** Recent platforms first, then the platforms of stored accounts; one entry per origin. */
function knownPlatforms(services: Parts): { origin: string; detail?: string }[] {
  const byOrigin = new Map<string, string[]>();
  for (const origin of recentPlatforms(services).list()) byOrigin.set(origin, []);
  for (const account of services.accounts.list()) {
    byOrigin.set(account.origin, [...(byOrigin.get(account.origin) ?? []), accountTitle(account)]);
  }
  return [...byOrigin.entries()].map(([origin, accounts]) => ({
    origin,
    detail: accounts.length > 0 ? t('Accounts: {0}', accounts.join(', ')) : t('Used recently'),
  }));
}
