import { vscode } from '../ui/vscodeApi';
import type { UserInterface } from '../ui/userInterface';
import type { Steps } from '../ui/steps';
import { DEFAULT_EXPIRY_DAYS, EXPIRY_PRESET_DAYS, ExpiryChoice, expiryFor, formatDay, parseExpiryDate } from './expiryDates';
import { expiryText } from './timeText';
import { t } from '../util/l10n';

interface ExpiryItem extends vscode.QuickPickItem {
  readonly choice?: ExpiryChoice;
}

/**
 * When the token should expire: 90 days (default, first), 30, 180, 365 days, never, or a date. When editing, the
 * first entry keeps the current expiry. Returns undefined when cancelled.
 */
export async function askExpiry(
  ui: UserInterface,
  steps: Steps,
  options: { current?: Date | null; now?: Date } = {},
): Promise<ExpiryChoice | undefined> {
  const now = options.now ?? new Date();
  const items: ExpiryItem[] = [];
  if (options.current !== undefined) {
    items.push({
      label: `$(check) ${t('Keep Current Expiry')}`,
      description: options.current ? `${formatDay(options.current)} · ${expiryText(options.current, now)}` : t('never expires'),
      choice: { kind: 'keep' },
    });
  }
  for (const days of EXPIRY_PRESET_DAYS) {
    const choice: ExpiryChoice = { kind: 'days', days };
    items.push({
      label: `$(calendar) ${t('{0} days', days)}`,
      description:
        t('until {0}', formatDay(expiryFor(choice, now) as Date)) +
        (days === DEFAULT_EXPIRY_DAYS && options.current === undefined ? ` · ${t('default')}` : ''),
      choice,
    });
  }
  items.push({
    label: `$(circle-slash) ${t('Never')}`,
    description: t('works until removed; not recommended'),
    choice: { kind: 'never' },
  });
  items.push({ label: `$(edit) ${t('Pick a Date…')}`, description: t('YYYY-MM-DD') });

  const picked = await ui.showQuickPick(items, {
    title: steps.next(),
    placeHolder: t('When should the token expire?'),
    ignoreFocusOut: true,
  });
  if (!picked) return undefined;
  if (picked.choice) return picked.choice;

  const suggestion = formatDay(expiryFor({ kind: 'days', days: DEFAULT_EXPIRY_DAYS }, now) as Date);
  const typed = await ui.showInputBox({
    title: steps.again(),
    prompt: t('Expiry date (YYYY-MM-DD). The token works through the end of that day.'),
    placeHolder: suggestion,
    value: suggestion,
    ignoreFocusOut: true,
    validateInput: (text) => {
      const parsed = parseExpiryDate(text, new Date());
      return 'problem' in parsed ? parsed.problem : undefined;
    },
  });
  if (typed === undefined) return undefined;
  const parsed = parseExpiryDate(typed, new Date());
  if ('problem' in parsed) {
    await ui.showErrorMessage(parsed.problem, {});
    return undefined;
  }
  return { kind: 'date', date: parsed.date };
}
