import { vscode } from './vscodeApi';
import { Redactor } from './redact';

/** How many redacted lines stay readable in memory (for tests and "no secret leaked" checks). */
const KEPT_LINES = 2000;

type Level = 'info' | 'warn' | 'error' | 'debug';

/** A written line, or the header's, which is made (and redacted) when first read. */
type Line = string | (() => string);
const lineText = (line: Line): string => (typeof line === 'string' ? line : line());

/** Makes the channel the log writes to: VS Code's, unless a test hands another. */
export type OpenChannel = () => vscode.LogOutputChannel;

const openOutputChannel: OpenChannel = () => vscode.window.createOutputChannel('Virtuozzo Application Platform', { log: true });

/**
 * The extension's log: a LogOutputChannel whose every line passes through the redactor first. The channel is made
 * on first use, in a later task (`later`): the work that wrote the line, such as the Environments view's first rows,
 * does not wait for it; lines wait meanwhile and come first, in order. Activation holds it back (`hold`): nothing
 * makes it until `release()`, so activation does not pay for a channel nobody reads yet. `show()` makes it at once.
 * The `header` line comes first; it is only made, and redacted, when the channel is made or the lines are read: its
 * redaction is the first run of the redactor's patterns, which activation need not pay either. It must hold no
 * secret of its own (a secret it named could be forgotten by the redactor before it is read).
 */
export class Log implements vscode.Disposable {
  readonly #open: OpenChannel;
  #channel: vscode.LogOutputChannel | undefined;
  /** Lines waiting for the channel: while it is held back, or until it is made in a later task. */
  #waiting: [Level, Line][] = [];
  #holding: boolean;
  readonly #kept: Line[] = [];
  readonly #later: (run: () => void) => void;
  #makingLater = false;
  #disposed = false;

  constructor(
    readonly redactor: Redactor,
    options: {
      readonly open?: OpenChannel;
      readonly hold?: boolean;
      readonly header?: () => string;
      /** Runs the channel's making in a later task (tests: when they say). */
      readonly later?: (run: () => void) => void;
    } = {},
  ) {
    this.#open = options.open ?? openOutputChannel;
    this.#holding = options.hold === true;
    this.#later = options.later ?? ((run) => setTimeout(run, 0));
    const header = options.header;
    if (header !== undefined) {
      let made: string | undefined;
      const line = () => (made ??= oneLine(this.redactor.redact(header())));
      this.#waiting.push(['info', line]);
      this.#kept.push(() => `[info] ${line()}`);
    }
  }

  /** The next line makes the channel (see the class comment). */
  release(): void {
    this.#holding = false;
  }

  get lines(): readonly string[] {
    // Only the header, the first line, can be waiting to be made.
    if (this.#kept.length > 0) this.#kept[0] = lineText(this.#kept[0]!);
    return this.#kept as string[];
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
    if (this.#channel) this.#channel[level](line);
    else {
      this.#waiting.push([level, line]);
      if (!this.#holding) this.#makeLater();
    }
    this.#kept.push(`[${level}] ${line}`);
    if (this.#kept.length > KEPT_LINES) {
      this.#kept.shift();
    }
  }

  #makeLater(): void {
    if (this.#makingLater) return;
    this.#makingLater = true;
    this.#later(() => {
      if (!this.#disposed) this.#made();
    });
  }

  #made(): vscode.LogOutputChannel {
    if (this.#channel) return this.#channel;
    const channel = (this.#channel = this.#open());
    this.#holding = false;
    for (const [level, line] of this.#waiting.splice(0)) channel[level](lineText(line));
    return channel;
  }

  show(): void {
    this.#made().show(true);
  }

  dispose(): void {
    this.#disposed = true;
    this.#channel?.dispose();
    this.#waiting = [];
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
