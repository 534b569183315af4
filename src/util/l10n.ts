// Every user-visible string goes through `t`, so it can be translated with vscode.l10n bundles. Pure modules must not
// import `vscode` (they are unit-tested in plain Node), so activate() plugs `vscode.l10n.t` in; until then (and in
// unit tests) `t` only fills in the `{0}` placeholders. One short name also keeps the bundle small.

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
