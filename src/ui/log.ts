import { vscode } from './vscodeApi';
import { Redactor } from './redact';

/** How many redacted lines stay readable in memory (for tests and "no secret leaked" checks). */
const KEPT_LINES = 2000;

type Level = 'info' | 'warn' | 'error' | 'debug';

/** The extension's log: a LogOutputChannel whose every line passes through the redactor first. */
export class Log implements vscode.Disposable {
  readonly #channel: vscode.LogOutputChannel;
  readonly #kept: string[] = [];

  constructor(readonly redactor: Redactor) {
    this.#channel = vscode.window.createOutputChannel('Virtuozzo Application Platform', { log: true });
  }

  get lines(): readonly string[] {
    return this.#kept;
  }

  info(message: string): void {
    this.#write('info', message);
  }

  warn(message: string): void {
    this.#write('warn', message);
  }

  error(message: string, error?: unknown): void {
    const detail = error instanceof Error ? `: ${error.message}` : error === undefined ? '' : `: ${String(error)}`;
    this.#write('error', message + detail);
  }

  debug(message: string): void {
    this.#write('debug', message);
  }

  #write(level: Level, message: string): void {
    const line = this.redactor.redact(message);
    this.#channel[level](line);
    this.#kept.push(`[${level}] ${line}`);
    if (this.#kept.length > KEPT_LINES) {
      this.#kept.shift();
    }
  }

  show(): void {
    this.#channel.show(true);
  }

  dispose(): void {
    this.#channel.dispose();
  }
}
