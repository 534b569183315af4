// The redaction boundary for what VS Code draws from our objects: tree items and the status bar item. Text there
// can come from the platform (an error's words, names) and so may echo a secret.

import { vscode } from './vscodeApi';

export type Redact = (text: string) => string;

function redactMarkdown(text: vscode.MarkdownString, redact: Redact): vscode.MarkdownString {
  const value = redact(text.value);
  if (value === text.value) return text;
  const copy = new vscode.MarkdownString(value, text.supportThemeIcons);
  copy.isTrusted = text.isTrusted;
  copy.supportHtml = text.supportHtml;
  return copy;
}

export function redactTooltip<T extends string | vscode.MarkdownString | undefined>(tooltip: T, redact: Redact): T {
  if (tooltip === undefined) return tooltip;
  return (typeof tooltip === 'string' ? redact(tooltip) : redactMarkdown(tooltip, redact)) as T;
}

/** Redacts, in place, every text of a tree item VS Code shows or reads out. */
export function redactTreeItem(item: vscode.TreeItem, redact: Redact): vscode.TreeItem {
  if (typeof item.label === 'string') item.label = redact(item.label);
  else if (item.label) item.label = { ...item.label, label: redact(item.label.label) };
  if (typeof item.description === 'string') item.description = redact(item.description);
  item.tooltip = redactTooltip(item.tooltip, redact);
  if (item.accessibilityInformation) {
    item.accessibilityInformation = { ...item.accessibilityInformation, label: redact(item.accessibilityInformation.label) };
  }
  return item;
}

/** Redacts, in place, the status bar item's text, tooltip and screen-reader label. */
export function redactStatusBarItem(item: vscode.StatusBarItem, redact: Redact): void {
  item.text = redact(item.text);
  item.tooltip = redactTooltip(item.tooltip, redact);
  if (item.accessibilityInformation) {
    item.accessibilityInformation = { ...item.accessibilityInformation, label: redact(item.accessibilityInformation.label) };
  }
}
