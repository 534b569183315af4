// The "VAP Deploy" output channel: each deploy's target, steps, result and the nodes' deploy log, as the user reads
// them. Apart from the extension's log, whose lines are one-line diagnostics: a deploy log is many lines of the
// platform's own text, read as a whole (like Azure App Service's output channel). Every line is redacted first.

import { vscode } from '../../ui/vscodeApi';
import { oneLine } from '../../ui/log';

const KEPT_LINES = 2000;

export class DeployOutput implements vscode.Disposable {
  readonly #channel: vscode.OutputChannel;
  readonly #redact: (text: string) => string;
  readonly #kept: string[] = [];

  constructor(redact: (text: string) => string) {
    this.#redact = redact;
    this.#channel = vscode.window.createOutputChannel('VAP Deploy');
  }

  /** The lines written in this session, after redaction (tests read them). */
  get lines(): readonly string[] {
    return this.#kept;
  }

  /** Writes text line by line; control characters in a line are escaped so it cannot pass for another. */
  write(text: string): void {
    for (const raw of text.split(/\r?\n/)) {
      const line = oneLine(this.#redact(raw));
      this.#channel.appendLine(line);
      this.#kept.push(line);
    }
    if (this.#kept.length > KEPT_LINES) this.#kept.splice(0, this.#kept.length - KEPT_LINES);
  }

  /** A step with the time, e.g. "[19:02:11] Uploading app.war (4.0 MB)". */
  step(text: string): void {
    this.write(`[${new Date().toLocaleTimeString()}] ${text}`);
  }

  show(): void {
    this.#channel.show(true);
  }

  dispose(): void {
    this.#channel.dispose();
  }
}
