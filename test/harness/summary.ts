// The closing line CI reads, one per test layer.

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export function closingLine(layer: 'vscode-integration' | 'vscode-e2e', counts: Counts): string {
  return `${layer}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}

/** A layer that could not run at all counts as one failure, so the closing line never reads as a pass. */
export const COULD_NOT_RUN: Counts = { passed: 0, failed: 1, skipped: 0 };

export function timeoutMs(variable: string, fallback: number): number {
  const text = process.env[variable];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${variable} must be a positive number of milliseconds, not "${text}"`);
  return value;
}
