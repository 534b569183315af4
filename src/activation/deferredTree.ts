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

  /**
   * @param load brings in the code that attaches the real provider (once; later calls return the same).
   * @param redact the redaction boundary every item's label, description and tooltip pass through
   */
  constructor(load: () => Promise<unknown>, redact: Redact = (text) => text) {
    this.#load = load;
    this.#redact = redact;
  }

  /** Hands the view to the real provider, whose changes are forwarded (a view waiting for rows gets them from it). */
  attach(provider: vscode.TreeDataProvider<T>): void {
    this.#provider = provider;
    this.#forwarding?.dispose();
    this.#forwarding = provider.onDidChangeTreeData?.((change) => this.#changes.fire(change));
  }

  async getChildren(element?: T): Promise<T[]> {
    const provider = this.#provider ?? (await this.#load(), this.#provider);
    if (provider === undefined) return [];
    return (await provider.getChildren(element)) ?? [];
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
