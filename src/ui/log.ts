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
    const line = oneLine(this.redactor.redact(message));
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

/**
 * Control characters (and Unicode line breaks) written as escapes: a name from the platform or a workspace must not
 * start a line of its own that passes for one of ours, nor recolour the output.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this escapes
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
    switch (char) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
}
