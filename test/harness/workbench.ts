// Workbench URLs for code-server: a folder to open and, for extension tests, VS Code's `payload` parameter; and when
// the workbench in the page has started.

import type { Page } from 'playwright-core';

/** code-server names its remote authority literally `remote`. */
export function remoteUri(absolutePath: string): string {
  return `vscode-remote://remote${absolutePath}`;
}

export interface DevelopmentPayload {
  /** Load this extension from source (the repository), like F5 does. */
  extensionDevelopmentPath: string;
  /** Run this test index inside the extension host; VS Code reports the end through codeAutomationExit. */
  extensionTestsPath?: string;
  /** Environment variables for the extension host. */
  extensionEnvironment?: Record<string, string>;
}

/**
 * The workbench honours `payload` only when code-server runs with `--vscode-option enable-smoke-test-driver`;
 * without it the payload is silently ignored.
 */
export function workbenchUrl(serverUrl: string, folder: string, payload?: DevelopmentPayload): string {
  const url = new URL(serverUrl);
  url.searchParams.set('folder', folder);
  if (payload !== undefined) {
    const pairs: [string, string][] = [['extensionDevelopmentPath', remoteUri(payload.extensionDevelopmentPath)]];
    if (payload.extensionTestsPath !== undefined) pairs.push(['extensionTestsPath', remoteUri(payload.extensionTestsPath)]);
    if (payload.extensionEnvironment !== undefined) pairs.push(['extensionEnvironment', JSON.stringify(payload.extensionEnvironment)]);
    url.searchParams.set('payload', JSON.stringify(pairs));
  }
  return url.toString();
}

/** Resolves once the workbench in the page has restored its layout (its own `code/didStartWorkbench` mark). */
export async function whenWorkbenchStarted(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const marks = (globalThis as { MonacoPerformanceMarks?: { getMarks(): { name: string }[] } }).MonacoPerformanceMarks;
      return marks?.getMarks().some((mark) => mark.name === 'code/didStartWorkbench') === true;
    },
    undefined,
    { timeout: 60_000 },
  );
}
