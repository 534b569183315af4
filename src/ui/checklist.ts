import { vscode } from './vscodeApi';
import { ChecklistModel, ChecklistOptions, isSeparator } from './checklistModel';
import { t } from '../util/l10n';

/** The real checklist: a multi-select QuickPick with an "only checked" title button and per-item buttons. */
export function showChecklist<T extends vscode.QuickPickItem>(
  items: readonly T[],
  options: ChecklistOptions<T>,
): Promise<T[] | undefined> {
  return new Promise((resolve) => {
    const model = new ChecklistModel(items, options.checked ?? []);
    const pick = vscode.window.createQuickPick<T>();
    const disposables: vscode.Disposable[] = [pick];
    let settled = false;
    const finish = (result: T[] | undefined) => {
      if (settled) return;
      settled = true;
      resolve(result);
      for (const disposable of disposables) disposable.dispose();
    };

    const itemButton: vscode.QuickInputButton | undefined = options.itemButton && {
      iconPath: new vscode.ThemeIcon(options.itemButton.icon),
      tooltip: options.itemButton.tooltip,
    };
    const withButtons = (list: T[]): T[] =>
      itemButton ? list.map((item) => (isSeparator(item) ? item : Object.assign(item, { buttons: [itemButton] }))) : list;
    const toggleButton = (): vscode.QuickInputButton => ({
      iconPath: new vscode.ThemeIcon(model.onlyChecked ? 'filter-filled' : 'filter'),
      tooltip: model.onlyChecked ? t('Show All') : t('Show Only Checked'),
    });
    let updating = false;
    const render = () => {
      updating = true;
      const shown = withButtons(model.visible());
      pick.items = shown;
      pick.selectedItems = shown.filter((item) => model.checkedItems().includes(item));
      pick.buttons = options.onlyCheckedToggle ? [toggleButton()] : [];
      updating = false;
    };

    pick.title = options.title;
    pick.placeholder = options.placeholder;
    pick.canSelectMany = true;
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.ignoreFocusOut = true;
    pick.keepScrollPosition = true;
    render();

    disposables.push(
      pick.onDidChangeSelection((selection) => {
        if (!updating) model.setSelection(selection);
      }),
      pick.onDidTriggerButton(() => {
        model.toggleOnlyChecked();
        render();
      }),
      pick.onDidTriggerItemButton((event) => options.itemButton?.run(event.item)),
      pick.onDidAccept(() => {
        const checked = model.checkedItems();
        if (options.requireOne && checked.length === 0) {
          pick.placeholder = t('Check at least one item, then press Enter');
          return;
        }
        finish(checked);
      }),
      pick.onDidHide(() => finish(undefined)),
    );
    pick.show();
  });
}
