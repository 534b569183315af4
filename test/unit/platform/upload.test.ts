import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PlatformClient } from '../../../src/platform/client';
import { deployArchive } from '../../../src/platform/deployment';
import { AbortError, PlatformError, TimeoutError } from '../../../src/platform/errors';
import { uploadFile } from '../../../src/platform/upload';
import { assertCleanCallError, recordOutgoing, rejection, useSimulator } from './helpers';

/** A zip's first bytes, then filler: what the simulator takes for a good archive. */
const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 7)]);

describe('platform/upload against the simulator', () => {
  const ctx = useSimulator();
  const outgoing = recordOutgoing();
  const client = () => new PlatformClient({ origin: ctx.sim.url });
  const token = () => ctx.sim.demo.token;
  let dir: string;
  const file = (name: string, data: Buffer): string => {
    const full = path.join(dir, name);
    fs.writeFileSync(full, data);
    return full;
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vap-upload-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('uploads a file as multipart with its length, reports progress, and the URL deploys', async () => {
    const progress: [number, number][] = [];
    const uploaded = await uploadFile(
      client(),
      token(),
      { filePath: file('shop.war', ZIP) },
      { onProgress: (sent, total) => progress.push([sent, total]) },
    );
    const [stored] = ctx.sim.workloads.uploads();
    assert.deepEqual(uploaded, { url: stored.url, name: 'shop.war', size: ZIP.length });
    assert.ok(stored.data.equals(ZIP), 'the platform stored the bytes sent');

    const request = outgoing.find((o) => o.path === '/1.0/storage/uploader/rest/upload');
    assert.match(request?.headers['content-type'] ?? '', /^multipart\/form-data; boundary=/);
    const total = Number(request?.headers['content-length']);
    assert.ok(total > ZIP.length, `Content-Length ${total}`);
    assert.ok(progress.length > 0);
    assert.deepEqual(progress[progress.length - 1], [total, total]);
    assert.ok(progress.every(([sent], i) => i === 0 || sent > progress[i - 1][0]), 'progress only grows');

    const logged = ctx.sim.requests.find((r) => r.method === 'Upload')?.params;
    assert.deepEqual(logged, { fid: 'vap-vscode', session: '<redacted>', file: `<file shop.war, ${ZIP.length} bytes>` });

    const deploying = deployArchive(client(), token(), { envName: 'shop-prod', fileUrl: uploaded.url, fileName: uploaded.name });
    await ctx.sim.operationStarted('shop-prod');
    ctx.sim.completeOperations();
    assert.match((await deploying).log, /shop\.war/);
  });

  it('stores the file under the name given', async () => {
    const uploaded = await uploadFile(client(), token(), { filePath: file('build-output.zip', ZIP), fileName: 'app.zip' });
    assert.equal(uploaded.name, 'app.zip');
    assert.equal(ctx.sim.workloads.uploads()[0].name, 'app.zip');
  });

  for (const [name, data, result] of [
    ['empty.war', Buffer.alloc(0), 4072],
    ['notes.war', Buffer.from('this is not an archive'), 4071],
  ] as const) {
    it(`an uploaded ${result === 4072 ? 'empty' : 'damaged'} archive fails its deploy with ${result}`, async () => {
      const uploaded = await uploadFile(client(), token(), { filePath: file(name, data) });
      const deploying = deployArchive(client(), token(), { envName: 'shop-prod', fileUrl: uploaded.url, fileName: name });
      await ctx.sim.operationStarted('shop-prod');
      ctx.sim.completeOperations();
      const error = await rejection(deploying);
      assertCleanCallError(error, [token()]);
      assert.ok(error instanceof PlatformError && error.result === result, String(error));
    });
  }

  it('is cancelled mid-body by its AbortSignal: AbortError, and nothing stored', async () => {
    const controller = new AbortController();
    const big = file('big.war', Buffer.concat([ZIP, Buffer.alloc(8 * 1024 * 1024, 1)]));
    const error = await rejection(
      uploadFile(client(), token(), { filePath: big }, { signal: controller.signal, onProgress: () => controller.abort() }),
    );
    assertCleanCallError(error, [token()]);
    assert.ok(error instanceof AbortError, String(error));
    // The simulator answers every request it reads whole; a request to it after the upload proves it had its chance.
    await client().call('GetEnvs', {}, { session: token() });
    assert.deepEqual(ctx.sim.workloads.uploads(), []);
  });

  it('a token without storage.uploader.Upload → 8202 naming it, with no secret in the error', async () => {
    const control = ctx.sim.createToken({ login: ctx.sim.demo.login, apiList: ['environment.control.GetEnvs'] });
    const error = await rejection(uploadFile(client(), control.key, { filePath: file('shop.war', ZIP) }));
    assertCleanCallError(error, [control.key]);
    assert.ok(error instanceof PlatformError && error.result === 8202, String(error));
    assert.match(error.message, /Upload .*storage\.uploader\.Upload/);
  });

  it('waits as long as an action, not a read: a hanging upload ends in the action timeout', async () => {
    ctx.sim.faults.add({ method: 'Upload', kind: 'hang' });
    const slow = new PlatformClient({ origin: ctx.sim.url, readTimeoutMs: 100, actionTimeoutMs: 300 });
    const error = await rejection(uploadFile(slow, token(), { filePath: file('shop.war', ZIP) }));
    assertCleanCallError(error, [token()]);
    assert.ok(error instanceof TimeoutError && error.timeoutMs === 300, String(error));
  });

  it('an answer without a file URL is not an upload', async () => {
    ctx.sim.faults.add({ method: 'Upload', kind: 'json', body: { result: 0, name: 'shop.war' } });
    const error = await rejection(uploadFile(client(), token(), { filePath: file('shop.war', ZIP) }));
    assert.match(error.message, /no file URL/);
  });
});
