// A tree view's data provider that exists from activation, while the real one arrives with the rest of the
// extension (src/activation/features.ts): the first rows VS Code asks for load it.

import { vscode } from '../ui/vscodeApi';
import { Redact, redactTreeItem } from '../ui/redactedItems';

export class DeferredTreeProvider<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  readonly #changes = new vscode.EventEmitter<T | T[] | null | undefined | void>();
  readonly onDidChangeTreeData = this.#changes.event;
  #provider: vscode.TreeDataProvider<T> | undefined;
  #forwarding: vscode.Disposable | undefined;
  readonly #load: () => Promise<unknown>;
  readonly #redact: Redact;
  #afterFirstRows: (() => void) | undefined;
  /** Rows were asked for before a real provider came: it is asked again once one does. */
  #askedEarly = false;

  /**
   * @param load brings in the code that attaches the real provider (once; later calls return the same), or tells
   *   that the view has no rows until that code is loaded for another reason (resolves without attaching one).
   * @param redact the redaction boundary every item's label, description and tooltip pass through
   * @param afterFirstRows runs once the first top rows are handed to VS Code (in a later task: after it has them)
   */
  constructor(load: () => Promise<unknown>, redact: Redact = (text) => text, afterFirstRows?: () => void) {
    this.#load = load;
    this.#redact = redact;
    this.#afterFirstRows = afterFirstRows;
  }

  /** Hands the view to the real provider, whose changes are forwarded (a view waiting for rows gets them from it). */
  attach(provider: vscode.TreeDataProvider<T>): void {
    this.#provider = provider;
    this.#forwarding?.dispose();
    this.#forwarding = provider.onDidChangeTreeData?.((change) => this.#changes.fire(change));
    if (this.#askedEarly) this.#changes.fire(undefined);
  }

  async getChildren(element?: T): Promise<T[]> {
    const provider = this.#provider ?? (await this.#load(), this.#provider);
    if (provider === undefined) {
      this.#askedEarly = true;
      return [];
    }
    const rows = (await provider.getChildren(element)) ?? [];
    const after = element === undefined ? this.#afterFirstRows : undefined;
    if (after) {
      this.#afterFirstRows = undefined;
      setTimeout(after, 0);
    }
    return rows;
  }

  getTreeItem(element: T): vscode.TreeItem | Thenable<vscode.TreeItem> {
    // Elements only come from getChildren, which the real provider answered.
    const item = (this.#provider as vscode.TreeDataProvider<T>).getTreeItem(element);
    return item instanceof vscode.TreeItem ? redactTreeItem(item, this.#redact) : Promise.resolve(item).then((got) => redactTreeItem(got, this.#redact));
  }

  getParent(element: T): vscode.ProviderResult<T> {
    return this.#provider?.getParent?.(element);
  }

  resolveTreeItem(item: vscode.TreeItem, element: T, token: vscode.CancellationToken): vscode.ProviderResult<vscode.TreeItem> {
    const resolved = this.#provider?.resolveTreeItem?.(item, element, token) ?? item;
    return Promise.resolve(resolved).then((got) => got && redactTreeItem(got, this.#redact));
  }

  dispose(): void {
    this.#forwarding?.dispose();
    this.#changes.dispose();
  }
}
