// The state of a checklist (multi-select pick with an "only checked" filter). Free of `vscode` for unit tests;
// items are QuickPickItem-shaped, separators have `kind: -1` (QuickPickItemKind.Separator).

const SEPARATOR = -1;

export interface ChecklistItem {
  readonly label: string;
  readonly kind?: number;
}

export interface ChecklistOptions<T> {
  readonly title?: string;
  readonly placeholder?: string;
  /** Items checked when the list opens (by identity); default: none. */
  readonly checked?: readonly T[];
  /** Adds a title-bar toggle that shows only the checked items. */
  readonly onlyCheckedToggle?: boolean;
  /** A button on every item, e.g. "Open API docs". */
  readonly itemButton?: {
    readonly icon: string;
    readonly tooltip: string;
    run(item: T): void;
  };
  /** Accepting with nothing checked is refused (the list stays open). */
  readonly requireOne?: boolean;
}

export class ChecklistModel<T extends ChecklistItem> {
  readonly #checked: Set<T>;
  /** Unchecked while "only checked" is on: still shown, so a slip of the mouse does not make an item vanish. */
  readonly #uncheckedWhileFiltered = new Set<T>();
  #only = false;

  readonly #items: readonly T[];
  constructor(
    items: readonly T[],
    initiallyChecked: readonly T[] = [],
  ) {
    this.#items = items;
    this.#checked = new Set(initiallyChecked.filter((item) => items.includes(item) && !isSeparator(item)));
  }

  get onlyChecked(): boolean {
    return this.#only;
  }

  /** Shows only the checked items (with the separators above them), or everything again. */
  toggleOnlyChecked(): void {
    this.#only = !this.#only;
    this.#uncheckedWhileFiltered.clear();
  }

  /** What the list shows now. Items unchecked while "only checked" is on stay until the filter is toggled. */
  visible(): T[] {
    if (!this.#only) return [...this.#items];
    const shown: T[] = [];
    let pendingSeparator: T | undefined;
    for (const item of this.#items) {
      if (isSeparator(item)) {
        pendingSeparator = item;
      } else if (this.#checked.has(item) || this.#uncheckedWhileFiltered.has(item)) {
        if (pendingSeparator) shown.push(pendingSeparator);
        pendingSeparator = undefined;
        shown.push(item);
      }
    }
    return shown;
  }

  /** The selection the list reports: every checked item among those shown; hidden ones keep their state. */
  setSelection(selected: readonly T[]): void {
    const shown = new Set(this.visible());
    for (const item of shown) {
      if (isSeparator(item)) continue;
      if (selected.includes(item)) {
        this.#checked.add(item);
        this.#uncheckedWhileFiltered.delete(item);
      } else if (this.#checked.delete(item) && this.#only) {
        this.#uncheckedWhileFiltered.add(item);
      }
    }
  }

  /** Checked items in list order. */
  checkedItems(): T[] {
    return this.#items.filter((item) => this.#checked.has(item));
  }
}

export function isSeparator(item: ChecklistItem): boolean {
  return item.kind === SEPARATOR;
}
