// Shared pieces of the accounts and access-token suites: the harness's scripted UI with a record of the messages and
// boxes it showed, a fresh extension state and simulator per test, and the Access Tokens view's rows. (The no-secret
// check runs after every test of every suite: afterEveryTest.ts.)

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { VapExtensionApi } from '../../src/activation/api';
import { AccessToken, getTokens, PlatformClient, signIn, signOut } from '../../src/platform';
import type { TokenNode } from '../../src/tokens/tokensTree';
import type { ChecklistOptions } from '../../src/ui/userInterface';
import { Simulator, startSimulator } from '../simulator';
import { ScriptedUserInterface, TextMatch } from './scriptedUserInterface';
import { activateVap } from './vap';

export interface SeenMessage {
  readonly severity: 'information' | 'warning' | 'error';
  readonly text: string;
  readonly detail?: string;
  readonly modal: boolean;
  readonly items: readonly string[];
}

/**
 * The harness's scripted UI, also keeping the messages, the options of input boxes and checklists, and typing refused
 * answers: `expectRefusedInput` types a value, expects the box's own validation to refuse it (as the real box would),
 * and then presses Escape.
 */
export class AccessUi extends ScriptedUserInterface {
  readonly messages: SeenMessage[] = [];
  readonly inputs: vscode.InputBoxOptions[] = [];
  readonly checklists: ChecklistOptions<vscode.QuickPickItem>[] = [];
  readonly validationMessages: string[] = [];
  private readonly refusals: { match: TextMatch; typed: string; problem: TextMatch }[] = [];

  expectRefusedInput(match: TextMatch, typed: string, problem: TextMatch): this {
    this.refusals.push({ match, typed, problem });
    return this.expectInputBox(match, undefined);
  }

  override async showInputBox(options: vscode.InputBoxOptions): Promise<string | undefined> {
    const text = [options.title, options.prompt, options.placeHolder].filter(Boolean).join(' | ');
    this.inputs.push(options);
    const refusal = this.refusals[0];
    if (refusal && fits(refusal.match, text)) {
      this.refusals.shift();
      const verdict = await options.validateInput?.(refusal.typed);
      const problem = typeof verdict === 'string' ? verdict : (verdict?.message ?? '');
      this.validationMessages.push(problem);
      this.see(problem);
      if (!problem || !fits(refusal.problem, problem)) {
        this.failures.push(`input box "${text}" did not refuse the typed value (${refusal.typed.length} characters) with ${String(refusal.problem)} (said: ${JSON.stringify(problem)})`);
      }
    }
    return super.showInputBox(options);
  }

  override showChecklist<T extends vscode.QuickPickItem>(items: readonly T[], options: ChecklistOptions<T>): Thenable<T[] | undefined> {
    this.checklists.push(options as unknown as ChecklistOptions<vscode.QuickPickItem>);
    return super.showChecklist(items, options);
  }

  override showInformationMessage(message: string, options: vscode.MessageOptions, ...items: string[]): Thenable<string | undefined> {
    this.record('information', message, options, items);
    return super.showInformationMessage(message, options, ...items);
  }

  override showWarningMessage(message: string, options: vscode.MessageOptions, ...items: string[]): Thenable<string | undefined> {
    this.record('warning', message, options, items);
    return super.showWarningMessage(message, options, ...items);
  }

  override showErrorMessage(message: string, options: vscode.MessageOptions, ...items: string[]): Thenable<string | undefined> {
    this.record('error', message, options, items);
    return super.showErrorMessage(message, options, ...items);
  }

  /** The options of the last input box whose prompt or title matches. */
  lastInput(match: TextMatch): vscode.InputBoxOptions {
    const found = [...this.inputs].reverse().find((options) => fits(match, [options.title, options.prompt].join(' ')));
    assert.ok(found, `no input box ${String(match)}`);
    return found;
  }

  /** The last message whose text matches. */
  lastMessage(match: TextMatch): SeenMessage {
    const found = [...this.messages].reverse().find((seen) => fits(match, seen.text));
    assert.ok(found, `no message ${String(match)} among ${JSON.stringify(this.messages.map((seen) => seen.text))}`);
    return found;
  }

  override assertDone(): void {
    if (this.refusals.length > 0) this.failures.push(`never refused: ${this.refusals.map((r) => String(r.match)).join(', ')}`);
    super.assertDone();
  }

  private record(severity: SeenMessage['severity'], text: string, options: vscode.MessageOptions, items: string[]): void {
    this.messages.push({ severity, text, detail: options.detail, modal: options.modal === true, items });
  }
}

function fits(match: TextMatch, text: string): boolean {
  return typeof match === 'string' ? text.includes(match) : match.test(text);
}

/** A clean extension (no accounts, no sign-ins, empty global state), the scripted UI and fresh simulators per test. */
export function useAccessFixture(options: { simulators?: number } = {}) {
  const state: { api?: VapExtensionApi; ui?: AccessUi; sims: Simulator[] } = { sims: [] };
  beforeEach(async () => {
    state.api = await activateVap();
    await resetExtension(state.api);
    state.ui = new AccessUi();
    state.api.useUserInterface(state.ui);
    for (let i = 0; i < (options.simulators ?? 1); i++) state.sims.push(await startSimulator({ clock: 'manual' }));
  });
  afterEach(async function () {
    if (state.api) {
      state.api.useUserInterface(undefined);
      await resetExtension(state.api);
    }
    await Promise.all(state.sims.map((sim) => sim.close()));
    state.sims = [];
    if (this.currentTest?.state === 'failed' && state.ui) {
      console.log('  scripted UI failures:', state.ui.failures, '\n  messages:', state.ui.messages.map((seen) => seen.text));
    }
  });
  return {
    get api(): VapExtensionApi {
      assert.ok(state.api);
      return state.api;
    },
    get ui(): AccessUi {
      assert.ok(state.ui);
      return state.ui;
    },
    get sim(): Simulator {
      assert.ok(state.sims[0]);
      return state.sims[0];
    },
    get sims(): Simulator[] {
      return state.sims;
    },
  };
}

export async function resetExtension(api: VapExtensionApi): Promise<void> {
  await api.services.tokenSessions.signOut();
  for (const account of api.services.accounts.list()) await api.services.accounts.remove(account.id);
  for (const key of ['vap.recentPlatforms', 'vap.expiryWarnings']) await api.services.context.globalState.update(key, undefined);
}

/** Runs a command with the script given beforehand, then checks every prompt was as scripted. */
export async function run(ui: AccessUi, command: string, ...args: unknown[]): Promise<void> {
  await vscode.commands.executeCommand(command, ...args);
  ui.assertDone();
}

export interface TokenRowView {
  readonly node: TokenNode;
  readonly label: string;
  readonly description: string;
  readonly contextValue?: string;
  readonly icon?: string;
  readonly tooltip: string;
}

/** The rows under the first (or the given) sign-in of the Access Tokens view, as VS Code would render them. */
export async function tokenRows(api: VapExtensionApi, session?: TokenNode): Promise<TokenRowView[]> {
  const tree = api.accessTokens.tree;
  const parent = session ?? (await tree.getChildren())[0];
  assert.ok(parent, 'nobody is signed in to manage tokens');
  return (await tree.getChildren(parent)).map((node) => {
    const item = tree.getTreeItem(node);
    return {
      node,
      label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
      description: typeof item.description === 'string' ? item.description : '',
      contextValue: item.contextValue,
      icon: item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined,
      tooltip: typeof item.tooltip === 'string' ? item.tooltip : (item.tooltip?.value ?? ''),
    };
  });
}

/** A date `days` from now as typed in the expiry box (local YYYY-MM-DD). */
export function typedDate(days: number): { text: string; date: Date } {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { text: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`, date };
}

/** What the platform has now, read with the test's own sign-in (not the extension's). */
export async function platformTokens(sim: Simulator, login: string, password: string): Promise<AccessToken[]> {
  const client = new PlatformClient({ origin: sim.url });
  const result = await signIn(client, { login, password });
  assert.ok(result.kind === 'signedIn');
  try {
    return await getTokens(client, result.session);
  } finally {
    await signOut(client, result.session);
  }
}
