import * as assert from 'node:assert/strict';
import { FileVersions } from '../../../src/environments/nodeFiles/fileVersions';

const KEY = 'vap://account/shop-prod/1102/etc/app.conf';

describe('node files: what a window knows of each file (FileVersions)', () => {
  it('a read keeps the date the listing gave, so VS Code sees no change behind its back', () => {
    const versions = new FileVersions();
    versions.listed(KEY, { size: 4, mtime: 1_000 });
    versions.read(KEY, 'old\n', 9_999);
    assert.deepEqual(versions.get(KEY), { text: 'old\n', mtime: 1_000 });
    assert.equal(versions.listedSize(KEY), 4);
  });

  it('a save moves the date forward, even when the clock did not', () => {
    const versions = new FileVersions();
    versions.read(KEY, 'old\n', 5_000);
    versions.saved(KEY, 'new\n', 5_000);
    assert.deepEqual(versions.get(KEY), { text: 'new\n', mtime: 5_001 });
  });

  it('a conflict remembers both texts; accepting the node version makes it the one the next save compares with', () => {
    const versions = new FileVersions();
    versions.read(KEY, 'old\n', 1);
    versions.setConflict(KEY, { current: 'theirs\n', mine: 'mine\n' });
    assert.deepEqual(versions.conflict(KEY), { current: 'theirs\n', mine: 'mine\n' });
    assert.deepEqual(versions.acceptNodeVersion(KEY), { current: 'theirs\n', mine: 'mine\n' });
    assert.equal(versions.get(KEY)?.text, 'theirs\n');
    assert.equal(versions.conflict(KEY), undefined);
    assert.equal(versions.acceptNodeVersion(KEY), undefined, 'once only');
  });

  it('reading the file again ends its conflict; read-only marks stay', () => {
    const versions = new FileVersions();
    versions.setConflict(KEY, { current: 'theirs\n', mine: 'mine\n' });
    versions.markReadOnly(KEY);
    versions.read(KEY, 'theirs\n', 1);
    assert.equal(versions.conflict(KEY), undefined);
    assert.equal(versions.isReadOnly(KEY), true);
    assert.equal(versions.isReadOnly(`${KEY}.other`), false);
  });
});
