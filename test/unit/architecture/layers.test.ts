import * as assert from 'node:assert/strict';
import { importCycles, importGraph, sourceFiles } from './sourceGraph';
import { VSCODE_MODULES, forbiddenImport, layerOf } from './layers';

describe('Architecture: layers of src/', () => {
  const files = sourceFiles();
  const edges = importGraph(files);
  const internal = edges.filter((edge) => edge.to.endsWith('.ts'));

  it('reads a real import graph (the check cannot pass on nothing)', () => {
    assert.ok(files.length > 50, `only ${files.length} files read`);
    assert.ok(internal.length > 200, `only ${internal.length} imports read`);
    assert.ok(edges.some((edge) => edge.typeOnly), 'type-only imports are read too');
  });

  it('puts every file in a layer', () => {
    assert.deepEqual(files.map((file) => file.name).filter((name) => !layerOf(name)), []);
  });

  it('has no import from a lower layer into a higher one, nor between environments/ and tokens/', () => {
    const upward = internal.flatMap((edge) => {
      const why = forbiddenImport(edge.from, edge.to);
      return why ? [`${edge.from}:${edge.line} imports ${edge.to} (${why})`] : [];
    });
    assert.deepEqual(upward, []);
  });

  it('has no import cycle, type imports included', () => {
    assert.deepEqual(importCycles(internal), []);
  });

  it('keeps VS Code out of util/, platform/ and environments/model/', () => {
    const leaks = edges
      .filter((edge) => layerOf(edge.from)?.vscode === false && VSCODE_MODULES.includes(edge.to))
      .map((edge) => `${edge.from}:${edge.line} imports ${edge.to}`);
    assert.deepEqual(leaks, []);
  });

  it('catches what it is meant to catch', () => {
    assert.match(forbiddenImport('ui/reporter.ts', 'accounts/accountHealth.ts') ?? '', /ui is below accounts/);
    assert.match(forbiddenImport('tokens/tokensTree.ts', 'environments/model/poller.ts') ?? '', /never import each other/);
    assert.match(forbiddenImport('environments/model/poller.ts', 'environments/view/tree.ts') ?? '', /below/);
    assert.equal(forbiddenImport('environments/view/tree.ts', 'environments/model/poller.ts'), undefined);
    const cycle = importCycles([
      { from: 'a.ts', to: 'b.ts', typeOnly: true, line: 1 },
      { from: 'b.ts', to: 'a.ts', typeOnly: false, line: 1 },
    ]);
    assert.deepEqual(cycle, [['a.ts', 'b.ts']]);
  });
});
