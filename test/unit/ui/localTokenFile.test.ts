// Issue 14 item 3: Save to File of a new token value, on a local disk.
import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeLocalTokenFile } from '../../../src/ui/localTokenFile';

const posix = process.platform !== 'win32';

describe('writing a token to a local file', () => {
  let dir: string;
  let asked: string[];
  const answer = (yes: boolean) => ({ confirmOverwrite: async (name: string) => (asked.push(name), yes) });

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vap-token-file-'));
    asked = [];
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('creates a new file with owner-only permissions, whatever the umask, without asking', async function () {
    const file = path.join(dir, 'new.token.txt');
    const before = process.umask(0o000);
    try {
      assert.deepEqual(await writeLocalTokenFile(file, 'value\n', answer(false)), { kind: 'saved' });
    } finally {
      process.umask(before);
    }
    assert.equal(await fs.readFile(file, 'utf8'), 'value\n');
    if (posix) assert.equal((await fs.stat(file)).mode & 0o777, 0o600);
    assert.deepEqual(asked, []);
  });

  it('never writes into an existing file unless the user confirms; declined leaves it as it was', async () => {
    const file = path.join(dir, 'notes.txt');
    await fs.writeFile(file, 'my notes', { mode: 0o644 });
    assert.deepEqual(await writeLocalTokenFile(file, 'value\n', answer(false)), { kind: 'declined' });
    assert.deepEqual(asked, ['notes.txt']);
    assert.equal(await fs.readFile(file, 'utf8'), 'my notes');
  });

  it('a confirmed overwrite replaces the file atomically (a new file, renamed) with owner-only permissions', async () => {
    const file = path.join(dir, 'old.token.txt');
    await fs.writeFile(file, 'old', { mode: 0o644 });
    const other = path.join(dir, 'hard-link-to-old');
    await fs.link(file, other);
    assert.deepEqual(await writeLocalTokenFile(file, 'value\n', answer(true)), { kind: 'saved' });
    assert.equal(await fs.readFile(file, 'utf8'), 'value\n');
    assert.equal(await fs.readFile(other, 'utf8'), 'old', 'the old inode was not written into: a new file took its name');
    if (posix) assert.equal((await fs.stat(file)).mode & 0o777, 0o600);
    assert.deepEqual((await fs.readdir(dir)).sort(), ['hard-link-to-old', 'old.token.txt'], 'no temporary file is left');
  });

  it('never follows a symbolic link, not even a dangling one, nor asks to overwrite it', async function () {
    if (!posix) {
      console.log('      (skipped: symbolic links and 0600 modes need a POSIX file system)');
      this.skip();
    }
    const target = path.join(dir, 'target');
    await fs.writeFile(target, 'precious', { mode: 0o644 });
    const link = path.join(dir, 'link.txt');
    await fs.symlink(target, link);
    const dangling = path.join(dir, 'dangling.txt');
    await fs.symlink(path.join(dir, 'would-be-created'), dangling);
    for (const file of [link, dangling]) {
      const result = await writeLocalTokenFile(file, 'value\n', answer(true));
      assert.equal(result.kind, 'refused');
      assert.match(result.kind === 'refused' ? result.why : '', /symbolic link/);
    }
    assert.deepEqual(asked, []);
    assert.equal(await fs.readFile(target, 'utf8'), 'precious');
    await assert.rejects(fs.stat(path.join(dir, 'would-be-created')), /ENOENT/);
  });

  it('refuses a directory or other non-file', async () => {
    const result = await writeLocalTokenFile(dir, 'value\n', answer(true));
    assert.equal(result.kind, 'refused');
    assert.deepEqual(asked, []);
  });
});
