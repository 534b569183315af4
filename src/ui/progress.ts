import { vscode } from './vscodeApi';
import { AbortError } from '../platform';

/** The user pressed Cancel on the progress notification: nothing to report. */
export function isCancellation(error: unknown): boolean {
  return error instanceof AbortError;
}

/**
 * Runs platform calls under a notification with a spinner. With `cancellable`, Cancel aborts the calls through the
 * signal (the platform may still finish what it started).
 */
export function withProgress<T>(
  title: string,
  task: (signal: AbortSignal) => Promise<T>,
  options: { cancellable?: boolean } = {},
): Promise<T> {
  return Promise.resolve(
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title, cancellable: options.cancellable ?? false },
      (_progress, token) => {
        const controller = new AbortController();
        const subscription = token.onCancellationRequested(() => controller.abort());
        return task(controller.signal).finally(() => subscription.dispose());
      },
    ),
  );
}
