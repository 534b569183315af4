import * as assert from 'node:assert/strict';
import {
  archiveNameOfUrl,
  archiveUrlProblem,
  bytesOf,
  contextProblem,
  deployableGroups,
  repoNameOf,
  repoUrlProblem,
} from '../../../src/environments/deploy/deployChoices';
import { DeployMemory, toLastDeploy } from '../../../src/environments/deploy/lastDeploy';

/** A Memento in memory, as workspaceState behaves. */
class MemoryState {
  readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, fallback?: T): T | undefined {
    return (this.values.has(key) ? this.values.get(key) : fallback) as T | undefined;
  }
  async update(key: string, value: unknown): Promise<void> {
    // workspaceState stores JSON: what comes back is a copy.
    this.values.set(key, value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
  }
}

describe('deploy choices (node groups, context, URLs, progress text)', () => {
  it('application layers only: balancers, databases, caches, storage, build nodes and VPS take no deploy', () => {
    const groups = ['bl', 'cp', 'sqldb', 'nosqldb', 'cache', 'storage', 'build', 'vds', 'docker', 'extra'].map((name) => ({ name }));
    assert.deepEqual(deployableGroups(groups).map((group) => group.name), ['cp', 'docker', 'extra']);
    assert.deepEqual(deployableGroups([{ name: 'bl' }, { name: 'sqldb' }]), []);
  });

  it('a context is one path segment', () => {
    for (const good of ['ROOT', 'shop', 'api-v2', 'app_1', 'v1.2']) assert.equal(contextProblem(good), undefined, good);
    for (const bad of ['', '  ', 'a/b', '../x', '.hidden', 'with space', 'x'.repeat(65), 'ü']) assert.ok(contextProblem(bad), bad);
  });

  it('archive URLs: http(s) with a file name, never with credentials', () => {
    assert.equal(archiveUrlProblem('https://example.com/builds/app.war'), undefined);
    assert.equal(archiveUrlProblem('http://127.0.0.1:8080/x/app.tar.gz?sig=1'), undefined);
    assert.ok(archiveUrlProblem('ftp://example.com/app.war'));
    assert.ok(archiveUrlProblem('https://user:secret@example.com/app.war'));
    assert.ok(archiveUrlProblem('https://example.com/'));
    assert.ok(archiveUrlProblem('not a url'));
    assert.equal(archiveNameOfUrl('https://example.com/a/my%20app.war?x=1'), 'my app.war');
    assert.equal(archiveNameOfUrl('https://example.com/a/'), undefined);
  });

  it('repository addresses and the names AddRepo gets', () => {
    for (const good of ['https://github.com/o/app.git', 'git@github.com:o/app.git', 'ssh://git@host/o/app', 'https://token@host/o/app']) {
      assert.equal(repoUrlProblem(good), undefined, good);
    }
    for (const bad of ['https://u:pw@host/o/app.git', 'file:///tmp/repo', 'https://host', 'nonsense']) assert.ok(repoUrlProblem(bad), bad);
    assert.equal(repoNameOf('https://github.com/o/app.git', undefined), 'app');
    assert.equal(repoNameOf('git@github.com:o/shop.git', 'release/2'), 'shop-release-2');
    assert.equal(repoNameOf('https://host/o/app/', 'main'), 'app-main');
  });

  it('progress and size texts in the unit of the total', () => {
    assert.equal(bytesOf(1.2 * 1024 * 1024, 4 * 1024 * 1024), '1.2 of 4.0 MB');
    assert.equal(bytesOf(512, 2048), '0.5 of 2.0 KB');
    assert.equal(bytesOf(10, 300), '10 of 300 B');
    assert.equal(bytesOf(5000, 300), '300 of 300 B');
  });
});

describe('deploy memory (workspaceState)', () => {
  it('keeps the last deploy with exactly its fields, and reads back nothing from a damaged value', async () => {
    const state = new MemoryState();
    const memory = new DeployMemory(state as never);
    assert.equal(memory.last(), undefined);
    const last = { accountId: 'a', envName: 'shop', nodeGroup: 'cp', context: 'ROOT', source: { kind: 'file' as const, path: 'target/app.war' } };
    await memory.remember({ ...last, token: 'never-stored' } as never);
    assert.deepEqual(memory.last(), last);
    assert.equal(JSON.stringify([...state.values]).includes('never-stored'), false);
    for (const bad of [null, 'x', { ...last, context: '' }, { ...last, source: { kind: 'ftp', url: 'x' } }, { ...last, source: { kind: 'git', url: 'u' } }]) {
      assert.equal(toLastDeploy(bad), undefined, JSON.stringify(bad));
    }
  });

  it('remembers repositories by account, address and branch', async () => {
    const memory = new DeployMemory(new MemoryState() as never);
    await memory.rememberRepo({ accountId: 'a', url: 'https://h/o/app.git', branch: 'main', repo: 'app-main' });
    await memory.rememberRepo({ accountId: 'a', url: 'https://h/o/app.git', repo: 'app' });
    assert.equal(memory.knownRepo('a', 'https://h/o/app.git', 'main'), 'app-main');
    assert.equal(memory.knownRepo('a', 'https://h/o/app.git', undefined), 'app');
    assert.equal(memory.knownRepo('b', 'https://h/o/app.git', 'main'), undefined);
  });
});
