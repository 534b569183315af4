import { strict as assert } from 'node:assert';
import { AccountChange, AccountStore, SecretStore } from '../../../src/accounts/accountStore';
import { OriginError } from '../../../src/platform/errors';
import { MemoryMemento, SharedSecrets, sequentialIds } from './fakes';

describe('AccountStore', () => {
  const TOKEN = 'a'.repeat(40);
  let memento: MemoryMemento;
  let secrets: SharedSecrets;
  let tracked: string[];
  let store: AccountStore;
  let changes: AccountChange[];

  beforeEach(() => {
    memento = new MemoryMemento();
    secrets = new SharedSecrets();
    tracked = [];
    store = new AccountStore(memento, secrets.window(), sequentialIds(), (secret) => tracked.push(secret));
    changes = [];
    store.onDidChange((change) => changes.push(change));
  });

  afterEach(() => store.dispose());

  it('keeps only the normalised origin, whichever way the address came in; refuses what is not one', async () => {
    const account = await store.add({ origin: 'HTTPS://App.Example.COM./dashboard?lang=en#env', label: 'x' }, TOKEN);
    assert.equal(account.origin, 'https://app.example.com');
    assert.equal(store.list()[0].origin, 'https://app.example.com');
    for (const origin of ['ftp://app.example.com', 'https://user@app.example.com', 'http://app.example.com', '*']) {
      await assert.rejects(store.add({ origin, label: 'x' }, TOKEN), (error) => error instanceof OriginError, origin);
    }
    assert.equal(store.list().length, 1);
  });

  it('keeps metadata in the memento and the token only in secret storage', async () => {
    const account = await store.add({ origin: 'https://app.example.com', label: 'app.example.com', user: 'me@example.com' }, TOKEN);
    assert.equal(account.id, 'id-1');
    assert.deepEqual(store.list(), [{ origin: 'https://app.example.com', label: 'app.example.com', user: 'me@example.com', id: 'id-1' }]);
    assert.equal(await store.token(account.id), TOKEN);
    assert.ok(!JSON.stringify([...memento.values]).includes(TOKEN), 'the token leaked into the memento');
    assert.deepEqual([...secrets.values.values()], [TOKEN]);
    assert.ok(tracked.includes(TOKEN), 'the token was not given to the redactor');
    assert.ok(changes.some((change) => change.kind === 'added' && change.accountId === 'id-1'));
  });

  it('holds several accounts, also on the same platform', async () => {
    await store.add({ origin: 'https://app.one.com', label: 'one' }, 'token-one-123456');
    await store.add({ origin: 'https://app.one.com', label: 'one (b)' }, 'token-two-123456');
    await store.add({ origin: 'http://127.0.0.1:8080', label: 'local' }, 'token-three-123456');
    assert.deepEqual(
      store.list().map((account) => account.label),
      ['one', 'one (b)', 'local'],
    );
    assert.equal(await store.token('id-2'), 'token-two-123456');
  });

  it('deletes the secret with the account', async () => {
    const account = await store.add({ origin: 'https://app.example.com', label: 'x' }, TOKEN);
    await store.remove(account.id);
    assert.deepEqual(store.list(), []);
    assert.equal(secrets.values.size, 0);
    assert.equal(await store.token(account.id), undefined);
    assert.ok(changes.some((change) => change.kind === 'removed' && change.accountId === account.id));
  });

  it('replaces a token and its metadata in one step, dropping facts that no longer hold', async () => {
    const account = await store.add(
      { origin: 'https://app.example.com', label: 'x', tokenId: 4, tokenExpiresAt: '2030-01-01T00:00:00.000Z' },
      TOKEN,
    );
    await store.replaceToken(account.id, 'b'.repeat(40), { tokenId: undefined, tokenExpiresAt: undefined, tokenDescription: 'pasted' });
    assert.equal(await store.token(account.id), 'b'.repeat(40));
    const stored = store.get(account.id);
    assert.deepEqual(stored, { origin: 'https://app.example.com', label: 'x', id: account.id, tokenDescription: 'pasted' });
    assert.ok(!('tokenId' in (stored as object)));
  });

  it('does not allow changing the origin through update', async () => {
    const account = await store.add({ origin: 'https://app.example.com', label: 'x' }, TOKEN);
    await store.update(account.id, { label: 'renamed' });
    assert.equal(store.get(account.id)?.label, 'renamed');
    assert.equal(store.get(account.id)?.origin, 'https://app.example.com');
    assert.equal(await store.update('unknown', { label: 'nobody' }), undefined);
  });

  it('hears token changes made by another window', async () => {
    const other = new AccountStore(memento, secrets.window(), sequentialIds('other'));
    try {
      const account = await store.add({ origin: 'https://app.example.com', label: 'x' }, TOKEN);
      changes.length = 0;
      await other.replaceToken(account.id, 'c'.repeat(40));
      assert.deepEqual(changes, [{ kind: 'token', accountId: account.id }]);
      assert.equal(await store.token(account.id), 'c'.repeat(40));
    } finally {
      other.dispose();
    }
  });

  it('ignores secrets that are not account tokens, and a failing listener does not stop the others', async () => {
    const heard: string[] = [];
    store.onDidChange(() => {
      throw new Error('listener bug');
    });
    store.onDidChange((change) => heard.push(change.kind));
    await secrets.window().store('some.other.key', 'x');
    assert.deepEqual(heard, []);
    await store.add({ origin: 'https://app.example.com', label: 'x' }, TOKEN);
    assert.ok((heard as string[]).includes('added'));
  });

  describe('token reads', () => {
    /** A window whose reads wait until `answer()`, counting them: SecretStorage answers through the workbench. */
    const slowReads = () => {
      const window = secrets.window();
      const waiting: (() => void)[] = [];
      let reads = 0;
      const slow: SecretStore = {
        ...window,
        get: (key) => {
          reads += 1;
          return new Promise((resolve) => waiting.push(() => resolve(window.get(key))));
        },
      };
      return { slow, reads: () => reads, answer: () => waiting.splice(0).forEach((go) => go()) };
    };

    it('reads once: a read asked for meanwhile joins it, a later one has its answer, and the redactor hears each', async () => {
      const account = await store.add({ origin: 'https://app.example.com', label: 'x' }, TOKEN);
      const reads = slowReads();
      const told: string[] = [];
      const slowStore = new AccountStore(memento, reads.slow, sequentialIds('slow'), (secret) => told.push(secret));
      try {
        const first = slowStore.token(account.id);
        const second = slowStore.token(account.id);
        assert.equal(reads.reads(), 1, 'one read for both');
        reads.answer();
        assert.deepEqual(await Promise.all([first, second]), [TOKEN, TOKEN]);
        assert.equal(await slowStore.token(account.id), TOKEN);
        assert.equal(reads.reads(), 1, 'nothing changed the token: no second read');
        assert.deepEqual(told, [TOKEN, TOKEN, TOKEN]);
      } finally {
        slowStore.dispose();
      }
    });

    it('a write or delete, here or in another window, drops it: a read that began before does not stand for after', async () => {
      const account = await store.add({ origin: 'https://app.example.com', label: 'x' }, TOKEN);
      const reads = slowReads();
      const slowStore = new AccountStore(memento, reads.slow, sequentialIds('slow'));
      try {
        const before = slowStore.token(account.id);
        await slowStore.replaceToken(account.id, 'd'.repeat(40));
        const after = slowStore.token(account.id);
        assert.equal(reads.reads(), 2);
        const beforeOther = slowStore.token(account.id);
        await store.replaceToken(account.id, 'e'.repeat(40));
        const afterOther = slowStore.token(account.id);
        assert.equal(reads.reads(), 3, 'the change event of the other window ends the joining');
        reads.answer();
        assert.deepEqual(await Promise.all([before, after, beforeOther, afterOther]), ['e'.repeat(40), 'e'.repeat(40), 'e'.repeat(40), 'e'.repeat(40)]);
        const removal = slowStore.token(account.id);
        assert.equal(reads.reads(), 3, 'the answer after the change is kept');
        reads.answer();
        await removal;
        await store.remove(account.id);
        const gone = slowStore.token(account.id);
        assert.equal(reads.reads(), 4, 'a removal in another window drops it too');
        reads.answer();
        assert.equal(await gone, undefined);
      } finally {
        slowStore.dispose();
      }
    });

    it('a failed read fails every caller that joined it, and the next read tries again', async () => {
      const account = await store.add({ origin: 'https://app.example.com', label: 'x' }, TOKEN);
      let fail = true;
      const window = secrets.window();
      const flaky = new AccountStore(memento, { ...window, get: (key) => (fail ? Promise.reject(new Error('no keyring')) : window.get(key)) }, sequentialIds('f'));
      try {
        const joined = [flaky.token(account.id), flaky.token(account.id)];
        for (const read of joined) await assert.rejects(read, /no keyring/);
        fail = false;
        assert.equal(await flaky.token(account.id), TOKEN);
      } finally {
        flaky.dispose();
      }
    });
  });
});
