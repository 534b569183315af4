// Unhandled promise rejections, uncaught exceptions and deprecation warnings in the extension host, kept until a test
// collects them. (Node emits each deprecation once per process: the first use of a deprecated API by our code is
// caught, in whichever test makes it; test/unit/build/bundle.test.ts runs the HTTP client under --throw-deprecation.)
// The host is shared with VS Code's own code (and other built-in extensions), which may produce unrelated ones; only
// errors whose stack runs through our bundle (dist/*.js) or our compiled tests (out/test/) are ours. A
// rejection with no stack (a non-Error reason) cannot be placed and is not counted: our code rejects with Errors,
// and counting VS Code's own would make every test flaky.

import * as path from 'node:path';

export interface StrayError {
  readonly kind: 'unhandled rejection' | 'uncaught exception' | 'deprecation warning';
  readonly message: string;
  readonly stack: string;
}

export class StrayErrors {
  private readonly caught: StrayError[] = [];
  /** Mocha re-emits the rejections it sees, so the same reason can arrive twice. */
  private readonly noted = new WeakSet<object>();
  private readonly ours: string[];

  /** `root`: the extension's folder, which holds both our bundle (dist/) and our compiled tests (out/test/). */
  constructor(root: string) {
    this.ours = [path.join(root, 'dist') + path.sep, path.join(root, 'out', 'test') + path.sep];
  }

  /** Starts listening; VS Code's own handlers stay in place (they log, and keep the host alive). */
  listen(): () => void {
    const onRejection = (reason: unknown) => this.note('unhandled rejection', reason);
    const onException = (error: unknown) => this.note('uncaught exception', error);
    const onWarning = (warning: Error) => {
      if (warning.name === 'DeprecationWarning') this.note('deprecation warning', warning);
    };
    process.on('unhandledRejection', onRejection);
    process.on('uncaughtExceptionMonitor', onException);
    process.on('warning', onWarning);
    return () => {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtExceptionMonitor', onException);
      process.off('warning', onWarning);
    };
  }

  /** Whether a stack runs through our code. */
  isOurs(stack: string): boolean {
    return this.ours.some((place) => stack.includes(place));
  }

  /** The errors of ours seen since the last call. */
  take(): StrayError[] {
    return this.caught.splice(0);
  }

  note(kind: StrayError['kind'], reason: unknown): void {
    if (typeof reason === 'object' && reason !== null) {
      if (this.noted.has(reason)) return;
      this.noted.add(reason);
    }
    const stack = reason instanceof Error ? (reason.stack ?? '') : '';
    if (!this.isOurs(stack)) return;
    this.caught.push({ kind, message: reason instanceof Error ? reason.message : String(reason), stack });
  }
}
