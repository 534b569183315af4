import { vscode } from './vscodeApi';
import { showChecklist } from './checklist';
import type { ChecklistOptions } from './checklistModel';

export type { ChecklistOptions } from './checklistModel';

/**
 * The prompts commands use. Commands never call `vscode.window.show*` for input directly: they go through this seam,
 * so integration tests can script the answers and fail on a prompt they did not expect instead of hanging.
 */
export interface UserInterface {
  showInputBox(options: vscode.InputBoxOptions): Thenable<string | undefined>;
  showQuickPick<T extends vscode.QuickPickItem>(
    items: readonly T[] | Thenable<readonly T[]>,
    options: vscode.QuickPickOptions & { canPickMany: true },
  ): Thenable<T[] | undefined>;
  showQuickPick<T extends vscode.QuickPickItem>(
    items: readonly T[] | Thenable<readonly T[]>,
    options?: vscode.QuickPickOptions,
  ): Thenable<T | undefined>;
  showInformationMessage(message: string, options: vscode.MessageOptions, ...items: string[]): Thenable<string | undefined>;
  showWarningMessage(message: string, options: vscode.MessageOptions, ...items: string[]): Thenable<string | undefined>;
  showErrorMessage(message: string, options: vscode.MessageOptions, ...items: string[]): Thenable<string | undefined>;
  /**
   * A multi-select list that stays open on focus loss, with an optional "only checked" toggle and a button on each
   * item (e.g. the custom method list of a token). Resolves with the checked items, or undefined when dismissed.
   */
  showChecklist<T extends vscode.QuickPickItem>(items: readonly T[], options: ChecklistOptions<T>): Thenable<T[] | undefined>;
  showSaveDialog(options: vscode.SaveDialogOptions): Thenable<vscode.Uri | undefined>;
  /** Picks files to open (an archive to deploy). */
  showOpenDialog(options: vscode.OpenDialogOptions): Thenable<vscode.Uri[] | undefined>;
  /** Puts text on the clipboard (a token value the user asked to copy). */
  writeClipboard(text: string): Thenable<void>;
  /** Opens a web page outside VS Code (an environment, the dashboard); optional so test doubles may leave it out. */
  openExternal?(uri: vscode.Uri): Thenable<boolean>;
}

/** The real prompts of the running VS Code window. */
export const windowUserInterface: UserInterface = {
  showInputBox: (options) => vscode.window.showInputBox(options),
  showQuickPick: ((items: never, options: never) => vscode.window.showQuickPick(items, options)) as UserInterface['showQuickPick'],
  showInformationMessage: (message, options, ...items) => vscode.window.showInformationMessage(message, options, ...items),
  showWarningMessage: (message, options, ...items) => vscode.window.showWarningMessage(message, options, ...items),
  showErrorMessage: (message, options, ...items) => vscode.window.showErrorMessage(message, options, ...items),
  showChecklist: (items, options) => showChecklist(items, options),
  showSaveDialog: (options) => vscode.window.showSaveDialog(options),
  showOpenDialog: (options) => vscode.window.showOpenDialog(options),
  writeClipboard: (text) => vscode.env.clipboard.writeText(text),
  openExternal: (uri) => vscode.env.openExternal(uri),
};

/** Opens a page through the UI in force; test doubles without openExternal get the real one. */
export function openExternal(ui: UserInterface, uri: vscode.Uri): Thenable<boolean> {
  return ui.openExternal ? ui.openExternal(uri) : vscode.env.openExternal(uri);
}

/** Holds the UserInterface in force; tests swap it through the extension's API. */
export class UserInterfaceHolder {
  #current: UserInterface;
  readonly #redact: (text: string) => string;

  /** @param redact the redaction boundary every message and its detail pass through, whichever UI is in force */
  constructor(redact: (text: string) => string = (text) => text) {
    this.#redact = redact;
    this.#current = redactingMessages(windowUserInterface, redact);
  }

  get ui(): UserInterface {
    return this.#current;
  }

  use(ui: UserInterface | undefined): void {
    this.#current = redactingMessages(ui ?? windowUserInterface, this.#redact);
  }
}

/** The UI with every notification's message and detail redacted (a platform's words may echo a secret). */
function redactingMessages(ui: UserInterface, redact: (text: string) => string): UserInterface {
  const clean = (options: vscode.MessageOptions): vscode.MessageOptions =>
    options.detail === undefined ? options : { ...options, detail: redact(options.detail) };
  // Methods are bound one by one: a test double is a class instance, whose methods a spread would not copy.
  return {
    showInputBox: (options) => ui.showInputBox(options),
    showQuickPick: ((items: never, options: never) => ui.showQuickPick(items, options)) as UserInterface['showQuickPick'],
    showInformationMessage: (message, options, ...items) => ui.showInformationMessage(redact(message), clean(options), ...items),
    showWarningMessage: (message, options, ...items) => ui.showWarningMessage(redact(message), clean(options), ...items),
    showErrorMessage: (message, options, ...items) => ui.showErrorMessage(redact(message), clean(options), ...items),
    showChecklist: (items, options) => ui.showChecklist(items, options),
    showSaveDialog: (options) => ui.showSaveDialog(options),
    showOpenDialog: (options) => ui.showOpenDialog(options),
    writeClipboard: (text) => ui.writeClipboard(text),
    openExternal: ui.openExternal && ((uri) => (ui.openExternal as NonNullable<UserInterface['openExternal']>).call(ui, uri)),
  };

}
