// A codicon and its colour as plain data, so the pure label modules can choose icons without `vscode` (tree.ts turns
// it into a ThemeIcon).

export interface IconSpec {
  /** Codicon id, with `~spin` when it turns. */
  readonly id: string;
  /** Theme color id, if any. */
  readonly color?: string;
}
