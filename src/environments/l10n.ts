// User-visible strings of the Environments feature go through `t`, so they can be translated with vscode.l10n
// bundles. The pure modules here must not import `vscode` (they are unit-tested in plain Node), so the feature plugs
// `vscode.l10n.t` in at activation; until then (and in unit tests) `t` only fills in the `{0}` placeholders.

export type TranslationArg = string | number | boolean;
export type Translate = (message: string, ...args: TranslationArg[]) => string;

/** Fills `{0}`, `{1}`… with the arguments; unknown placeholders stay as they are. */
export function format(message: string, ...args: TranslationArg[]): string {
  return message.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? placeholder : String(value);
  });
}

let translate: Translate = format;

export function t(message: string, ...args: TranslationArg[]): string {
  return translate(message, ...args);
}

/** Installs the translator (vscode.l10n.t); `undefined` restores plain formatting. */
export function useTranslator(translator: Translate | undefined): void {
  translate = translator ?? format;
}
