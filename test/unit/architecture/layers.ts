// The layers of src/, lowest first (README "Architecture"). A file may import its own layer and the ones below it.
// environments/ and tokens/ share a rank but never import each other; inside environments/, model < view < commands.

export interface Layer {
  readonly name: string;
  readonly rank: number;
  /** May it import VS Code (the `vscode` module, or ui/vscodeApi.ts that re-exports it)? */
  readonly vscode: boolean;
}

const LAYERS: readonly { readonly prefix: string; readonly layer: Layer }[] = [
  { prefix: 'util/', layer: { name: 'util', rank: 0, vscode: false } },
  { prefix: 'platform/', layer: { name: 'platform', rank: 1, vscode: false } },
  { prefix: 'ui/', layer: { name: 'ui', rank: 2, vscode: true } },
  { prefix: 'accounts/', layer: { name: 'accounts', rank: 3, vscode: true } },
  { prefix: 'environments/model/', layer: { name: 'environments/model', rank: 4, vscode: false } },
  { prefix: 'environments/view/', layer: { name: 'environments/view', rank: 4.1, vscode: true } },
  { prefix: 'environments/commands/', layer: { name: 'environments/commands', rank: 4.2, vscode: true } },
  { prefix: 'environments/', layer: { name: 'environments', rank: 4.3, vscode: true } },
  { prefix: 'tokens/', layer: { name: 'tokens', rank: 4.3, vscode: true } },
  { prefix: 'activation/', layer: { name: 'activation', rank: 5, vscode: true } },
  { prefix: 'extension.ts', layer: { name: 'activation', rank: 5, vscode: true } },
];

/** The layer of a file under src/, or undefined for a file outside every layer (the test fails on it). */
export function layerOf(file: string): Layer | undefined {
  return LAYERS.find(({ prefix }) => file === prefix || file.startsWith(prefix))?.layer;
}

/** The two feature folders: neither may import the other. */
export function feature(file: string): 'environments' | 'tokens' | undefined {
  if (file.startsWith('environments/')) return 'environments';
  if (file.startsWith('tokens/')) return 'tokens';
  return undefined;
}

/** Why `from` may not import `to` (both under src/), or undefined when it may. */
export function forbiddenImport(from: string, to: string): string | undefined {
  const source = layerOf(from);
  const target = layerOf(to);
  if (!source || !target) return `${!source ? from : to} is in no layer`;
  const [a, b] = [feature(from), feature(to)];
  if (a && b && a !== b) return `${a}/ and ${b}/ never import each other`;
  if (target.rank > source.rank) return `${source.name} is below ${target.name}`;
  return undefined;
}

export const VSCODE_MODULES: readonly string[] = ['vscode', 'ui/vscodeApi.ts'];
