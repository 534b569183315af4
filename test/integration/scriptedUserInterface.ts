// A UserInterface for tests: each prompt the extension shows must match the next scripted expectation, which supplies
// the answer. A prompt nobody scripted is answered at once with a rejection and recorded, so a test fails instead of
// waiting for a human; assertDone() reports it, and also any scripted answer that was never asked for.
// It also keeps every text the extension showed through it and every value typed into a password box, for the
// no-secret sweep that runs after every test (afterEveryTest.ts).

import type * as vscode from 'vscode';
import type { ChecklistOptions, UserInterface } from '../../src/ui/userInterface';

/** Matches prompt text: a substring, or a regular expression. */
export type TextMatch = string | RegExp;

type Severity = 'information' | 'warning' | 'error';
type PickAnswer<T> = TextMatch | readonly TextMatch[] | ((items: readonly T[]) => T | T[] | undefined) | undefined;

interface Prompt {
  kind: 'input box' | 'quick pick' | 'checklist' | 'message' | 'save dialog' | 'open dialog';
  /** prompt, title and placeholder (or the message text), for matching and for failure messages */
  text: string;
  severity?: Severity;
}

interface Expectation {
  kind: Prompt['kind'];
  match: TextMatch;
  severity?: Severity;
  /** Produces the answer, or throws to report a scripted answer that does not fit the prompt. */
  answer: (prompt: unknown, options: unknown) => Promise<unknown>;
  /** Where the test scripted it, for failure messages. */
  description: string;
}

export class UnexpectedPromptError extends Error {
  override readonly name = 'UnexpectedPromptError';
}

/** The scripted UIs made since the last forgetScriptedUserInterfaces(): the sweep reads what each was shown. */
const made: ScriptedUserInterface[] = [];

export function scriptedUserInterfacesMade(): readonly ScriptedUserInterface[] {
  return made;
}

export function forgetScriptedUserInterfaces(): void {
  made.length = 0;
}

export class ScriptedUserInterface implements UserInterface {
  readonly #queue: Expectation[] = [];
  /** Every text the extension put on screen through this UI: prompts, values, items, messages, validation messages. */
  readonly shown: string[] = [];
  /** What the script typed into password boxes: secrets, wherever they came from. */
  readonly typedSecrets: string[] = [];
  /** Prompts that failed: unexpected, or answered with something the prompt would not accept. */
  readonly failures: string[] = [];
  /** Messages without buttons that nothing expected: notifications, not questions; kept for assertions. */
  readonly notifications: { severity: Severity; message: string }[] = [];
  readonly clipboard: string[] = [];
  readonly opened: string[] = [];

  constructor() {
    made.push(this);
  }

  // ---- scripting --------------------------------------------------------------------------------------------

  /** The next prompt is an input box whose prompt/title/placeholder matches; `answer` undefined = Escape. */
  expectInputBox(match: TextMatch, answer: string | undefined): this {
    return this.#push('input box', match, `input box ${describe(match)} → ${JSON.stringify(answer)}`, async (_, raw) => {
      const options = raw as vscode.InputBoxOptions;
      if (answer !== undefined && options.password === true) this.typedSecrets.push(answer);
      if (answer !== undefined && options.validateInput !== undefined) {
        const problem = await options.validateInput(answer);
        const text = typeof problem === 'string' ? problem : problem?.message;
        this.see(text ?? undefined);
        if (text !== undefined && text !== null && text !== '') {
          throw new UnexpectedPromptError(`scripted answer ${JSON.stringify(answer)} is refused by the input box: ${text}`);
        }
      }
      return answer;
    });
  }

  /**
   * The next prompt is a quick pick; `pick` chooses items by label (substring or RegExp; an array for
   * canPickMany), by a function, or cancels with undefined. A label that is not offered fails the test.
   */
  expectQuickPick<T extends vscode.QuickPickItem>(match: TextMatch, pick: PickAnswer<T>): this {
    return this.#push('quick pick', match, `quick pick ${describe(match)} → ${describePick(pick)}`, async (items, raw) => {
      const options = (raw ?? {}) as vscode.QuickPickOptions;
      return choose(await (items as Thenable<readonly T[]>), pick, options.canPickMany === true);
    });
  }

  /** The next prompt is a checklist (multi-select); `pick` as for expectQuickPick, one label or several. */
  expectChecklist<T extends vscode.QuickPickItem>(match: TextMatch, pick: PickAnswer<T>): this {
    return this.#push('checklist', match, `checklist ${describe(match)} → ${describePick(pick)}`, async (items) =>
      choose(items as readonly T[], pick, true));
  }

  /** The next prompt is a message of this severity; `button` is the button clicked (undefined = dismissed). */
  expectMessage(severity: Severity, match: TextMatch, button?: string): this {
    return this.#push('message', match, `${severity} message ${describe(match)} → ${JSON.stringify(button)}`, async (buttons) => {
      if (button !== undefined && !(buttons as string[]).includes(button)) {
        throw new UnexpectedPromptError(`the message offers ${JSON.stringify(buttons)}, not the scripted "${button}"`);
      }
      return button;
    }, severity);
  }

  /** The next prompt is a save dialog whose title matches; `answer` undefined = cancelled. */
  expectSaveDialog(match: TextMatch, answer: vscode.Uri | undefined): this {
    return this.#push('save dialog', match, `save dialog ${describe(match)} → ${answer?.toString()}`, async () => answer);
  }

  /** The next prompt is an open dialog whose title matches; `answer` undefined = cancelled. */
  expectOpenDialog(match: TextMatch, answer: vscode.Uri | undefined): this {
    return this.#push('open dialog', match, `open dialog ${describe(match)} → ${answer?.toString()}`, async () => (answer ? [answer] : undefined));
  }

  /** Fails with every unexpected prompt and every scripted answer that was never used. */
  assertDone(): void {
    const problems = [...this.failures];
    for (const left of this.#queue) problems.push(`never asked: ${left.description}`);
    if (problems.length > 0) throw new Error(`scripted user interface:\n  ${problems.join('\n  ')}`);
  }

  // ---- the UserInterface seam -------------------------------------------------------------------------------

  showInputBox(options: vscode.InputBoxOptions): Thenable<string | undefined> {
    this.see(options.title, options.prompt, options.placeHolder, options.value);
    return this.#answer({ kind: 'input box', text: promptText(options.title, options.prompt, options.placeHolder) }, undefined, options) as Thenable<string | undefined>;
  }

  showQuickPick<T extends vscode.QuickPickItem>(items: readonly T[] | Thenable<readonly T[]>, options: vscode.QuickPickOptions & { canPickMany: true }): Thenable<T[] | undefined>;
  showQuickPick<T extends vscode.QuickPickItem>(items: readonly T[] | Thenable<readonly T[]>, options?: vscode.QuickPickOptions): Thenable<T | undefined>;
  showQuickPick<T extends vscode.QuickPickItem>(items: readonly T[] | Thenable<readonly T[]>, options?: vscode.QuickPickOptions): Thenable<T | T[] | undefined> {
    this.see(options?.title, options?.placeHolder);
    const seen = Promise.resolve(items).then((list) => {
      this.seeItems(list);
      return list;
    });
    seen.catch(() => undefined); // an unexpected prompt never reads its items; their failure is not this test's
    return this.#answer({ kind: 'quick pick', text: promptText(options?.title, options?.placeHolder) }, seen, options) as Thenable<T | T[] | undefined>;
  }

  showChecklist<T extends vscode.QuickPickItem>(items: readonly T[], options: ChecklistOptions<T>): Thenable<T[] | undefined> {
    this.see(options.title, options.placeholder);
    this.seeItems(items);
    return this.#answer({ kind: 'checklist', text: promptText(options.title, options.placeholder) }, items, options) as Thenable<T[] | undefined>;
  }

  showInformationMessage(message: string, options: vscode.MessageOptions, ...items: string[]): Thenable<string | undefined> {
    return this.#message('information', message, options, items);
  }

  showWarningMessage(message: string, options: vscode.MessageOptions, ...items: string[]): Thenable<string | undefined> {
    return this.#message('warning', message, options, items);
  }

  showErrorMessage(message: string, options: vscode.MessageOptions, ...items: string[]): Thenable<string | undefined> {
    return this.#message('error', message, options, items);
  }

  showSaveDialog(options: vscode.SaveDialogOptions): Thenable<vscode.Uri | undefined> {
    this.see(options.title, options.saveLabel, options.defaultUri?.toString());
    return this.#answer({ kind: 'save dialog', text: promptText(options.title, options.saveLabel) }, undefined, options) as Thenable<vscode.Uri | undefined>;
  }

  showOpenDialog(options: vscode.OpenDialogOptions): Thenable<vscode.Uri[] | undefined> {
    this.see(options.title, options.openLabel, options.defaultUri?.toString());
    return this.#answer({ kind: 'open dialog', text: promptText(options.title, options.openLabel) }, undefined, options) as Thenable<vscode.Uri[] | undefined>;
  }

  async writeClipboard(text: string): Promise<void> {
    this.clipboard.push(text);
  }

  async openExternal(uri: vscode.Uri): Promise<boolean> {
    this.opened.push(uri.toString());
    return true;
  }

  // ---- internals --------------------------------------------------------------------------------------------

  protected see(...texts: (string | undefined)[]): void {
    for (const text of texts) if (text) this.shown.push(text);
  }

  private seeItems(items: readonly vscode.QuickPickItem[]): void {
    this.see(...items.flatMap((item) => [item.label, item.description, item.detail]));
  }

  #push(kind: Prompt['kind'], match: TextMatch, description: string, answer: Expectation['answer'], severity?: Severity): this {
    this.#queue.push({ kind, match, severity, answer, description });
    return this;
  }

  #message(severity: Severity, message: string, options: vscode.MessageOptions, buttons: string[]): Thenable<string | undefined> {
    this.see(message, options.detail, ...buttons);
    const prompt: Prompt = { kind: 'message', text: promptText(message, options.detail), severity };
    // A message without buttons asks nothing: record it unless the script is waiting for exactly this one.
    if (buttons.length === 0 && options.modal !== true && !fits(this.#queue[0], prompt)) {
      this.notifications.push({ severity, message });
      return Promise.resolve(undefined);
    }
    return this.#answer(prompt, buttons, options) as Thenable<string | undefined>;
  }

  async #answer(prompt: Prompt, subject: unknown, options: unknown): Promise<unknown> {
    const next = this.#queue[0];
    if (next === undefined || !fits(next, prompt)) {
      const expected = next === undefined ? 'no more prompts' : next.description;
      return this.#fail(`unexpected ${prompt.severity ?? ''}${prompt.severity ? ' ' : ''}${prompt.kind} "${prompt.text}" (expected ${expected})`);
    }
    this.#queue.shift();
    try {
      return await next.answer(subject, options);
    } catch (error) {
      return this.#fail(`${prompt.kind} "${prompt.text}": ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  #fail(problem: string): Promise<never> {
    this.failures.push(problem);
    return Promise.reject(new UnexpectedPromptError(problem));
  }
}

function fits(expectation: Expectation | undefined, prompt: Prompt): boolean {
  return expectation !== undefined
    && expectation.kind === prompt.kind
    && (expectation.severity === undefined || expectation.severity === prompt.severity)
    && matches(expectation.match, prompt.text);
}

function matches(match: TextMatch, text: string): boolean {
  return typeof match === 'string' ? text.includes(match) : match.test(text);
}

function promptText(...parts: (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part !== '').join(' | ');
}

function choose<T extends vscode.QuickPickItem>(items: readonly T[], pick: PickAnswer<T>, many: boolean): T | T[] | undefined {
  if (pick === undefined) return undefined;
  if (typeof pick === 'function') return pick(items);
  const wanted = Array.isArray(pick) ? (pick as readonly TextMatch[]) : [pick as TextMatch];
  const chosen = wanted.map((label) => {
    const item = items.find((candidate) => matches(label, candidate.label));
    if (item === undefined) {
      throw new UnexpectedPromptError(`no item ${describe(label)} among ${JSON.stringify(items.map((candidate) => candidate.label))}`);
    }
    return item;
  });
  return many ? chosen : chosen[0];
}

function describe(match: TextMatch): string {
  return typeof match === 'string' ? JSON.stringify(match) : String(match);
}

function describePick(pick: unknown): string {
  if (pick === undefined) return 'cancel';
  if (typeof pick === 'function') return 'chosen by function';
  return Array.isArray(pick) ? `[${pick.map((label) => describe(label as TextMatch)).join(', ')}]` : describe(pick as TextMatch);
}
