import * as assert from 'node:assert/strict';
import { PlatformClient } from '../../../src/platform/client';
import { PlatformError } from '../../../src/platform/errors';
import {
  contentProblem,
  isMissingFile,
  listFiles,
  readFile,
  saveFileIfUnchanged,
  sizeProblem,
  writeFile,
} from '../../../src/platform/files';
import { getLogsList, readLog, readLogTail, splitLines } from '../../../src/platform/logs';
import { assertCleanCallError, rejection, useSimulator } from './helpers';

const NODE = { envName: 'shop-prod', nodeId: 1102 };
const RUN_LOG = '/var/log/run.log';

describe('platform/logs and platform/files against the simulator', () => {
  const ctx = useSimulator();
  const client = () => new PlatformClient({ origin: ctx.sim.url });
  const token = () => ctx.sim.demo.token;
  const lines = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `line ${from + i}`);
  /** ReadLog requests so far, as [from, count]. */
  const readLogRequests = () =>
    ctx.sim.requests.filter((r) => r.method === 'ReadLog').map((r) => [Number(r.params.from), Number(r.params.count)]);

  describe('logs', () => {
    it('lists a node logs: current ones in a group, rotated ones apart, subdirectories', async () => {
      ctx.sim.workloads.appendLog('shop-prod', 1102, '/var/log/tomcat/catalina.out', ['started']);
      const list = await getLogsList(client(), token(), NODE);
      assert.equal(list.path, '/var/log');
      assert.deepEqual(list.directories, ['tomcat']);
      assert.deepEqual(list.logs, [
        { name: 'run.log', path: '/var/log/run.log', group: 'log', rotated: false },
        { name: 'run.log.1', path: '/var/log/run.log.1', rotated: true },
      ]);
      const tomcat = await getLogsList(client(), token(), { ...NODE, path: '/var/log/tomcat' });
      assert.deepEqual(tomcat.logs.map((log) => log.path), ['/var/log/tomcat/catalina.out']);
    });

    it('reads a short log whole in one request', async () => {
      const page = await readLogTail(client(), token(), { ...NODE, path: RUN_LOG, lines: 100 });
      assert.deepEqual(page.lines, ['tomcat9 starting', 'tomcat9 started']);
      assert.equal(page.next, 2);
      assert.equal(ctx.sim.countRequests('ReadLog'), 1);
    });

    for (const variant of ['total', 'returned'] as const) {
      it(`reads a large log from its end without reading the rest (linescount = ${variant})`, async () => {
        ctx.sim.workloads.variants.logLinesCount = variant;
        ctx.sim.workloads.appendLog('shop-prod', 1102, RUN_LOG, lines(2, 100_000));
        const page = await readLogTail(client(), token(), { ...NODE, path: RUN_LOG, lines: 50 });
        assert.deepEqual(page.lines, lines(99_950, 100_000));
        assert.equal(page.from, 99_950);
        assert.equal(page.next, 100_000);
        const requests = readLogRequests();
        assert.ok(requests.every(([, count]) => count <= 50), JSON.stringify(requests));
        assert.ok(requests.length <= (variant === 'total' ? 2 : 40), `${requests.length} requests`);
      });
    }

    it('follows a log: reading from `next` gives only the lines appended since', async () => {
      const tail = await readLogTail(client(), token(), { ...NODE, path: RUN_LOG, lines: 10 });
      assert.deepEqual((await readLog(client(), token(), { ...NODE, path: RUN_LOG, from: tail.next })).lines, []);
      ctx.sim.workloads.appendLog('shop-prod', 1102, RUN_LOG, ['request 1', 'request 2']);
      const more = await readLog(client(), token(), { ...NODE, path: RUN_LOG, from: tail.next, count: 1000 });
      assert.deepEqual(more.lines, ['request 1', 'request 2']);
      assert.equal(more.next, tail.next + 2);
    });

    it('masks the token should a log line carry it', async () => {
      ctx.sim.workloads.appendLog('shop-prod', 1102, RUN_LOG, [`GET /api?session=${token()} 200`]);
      const page = await readLogTail(client(), token(), { ...NODE, path: RUN_LOG, lines: 1 });
      assert.deepEqual(page.lines, ['GET /api?session=*** 200']);
    });

    it('a missing log → PlatformError, with the path in the platform words', async () => {
      const error = await rejection(readLog(client(), token(), { ...NODE, path: '/var/log/nope.log' }));
      assertCleanCallError(error, [token()]);
      assert.ok(error instanceof PlatformError, String(error));
      assert.match(error.platformMessage ?? '', /\/var\/log\/nope\.log/);
      assert.equal(isMissingFile(error), true);
      assert.equal(isMissingFile(new PlatformError({ method: 'ReadLog', host: 'h' }, { result: 1, platformMessage: 'disk quota' })), false);
    });

    it('refuses a non-positive tail length before sending anything', async () => {
      await assert.rejects(readLogTail(client(), token(), { ...NODE, path: RUN_LOG, lines: 0 }), RangeError);
      assert.equal(ctx.sim.countRequests('ReadLog'), 0);
    });

    it('splits lines without inventing an empty last one', () => {
      assert.deepEqual(splitLines(''), []);
      assert.deepEqual(splitLines('a\r\nb\n'), ['a', 'b']);
      assert.deepEqual(splitLines('a\n\nb'), ['a', '', 'b']);
    });
  });

  describe('files', () => {
    const CONF = '/etc/tomcat9/tomcat9.conf';

    it('lists a directory: files with sizes and dates, directories', async () => {
      const entries = await listFiles(client(), token(), { ...NODE, path: '/etc' });
      assert.deepEqual(
        entries.map((e) => [e.name, e.path, e.isDirectory]),
        [
          ['hosts', '/etc/hosts', false],
          ['tomcat9', '/etc/tomcat9', true],
        ],
      );
      assert.equal(entries[0].size, '127.0.0.1 localhost\n'.length);
      assert.ok(entries[0].modified instanceof Date);
      await listFiles(client(), token(), { envName: 'shop-prod', nodeGroup: 'cp', path: '/etc', filter: '*.conf' });
      assert.deepEqual(ctx.sim.requests.find((r) => r.params.filter)?.params, {
        envName: 'shop-prod',
        path: '/etc',
        filter: '*.conf',
        nodeGroup: 'cp',
        session: '<redacted>',
      });
    });

    it('reads, writes and reads back a config file', async () => {
      assert.match(await readFile(client(), token(), { ...NODE, path: CONF }), /workers = 2/);
      await writeFile(client(), token(), { ...NODE, path: CONF, body: 'workers = 8\n' });
      assert.equal(ctx.sim.workloads.fileText('shop-prod', 1102, CONF), 'workers = 8\n');
      assert.equal(await readFile(client(), token(), { ...NODE, path: CONF }), 'workers = 8\n');
      assert.equal(ctx.sim.workloads.fileText('shop-prod', 1103, CONF), '# tomcat9 configuration\nworkers = 2\n');
    });

    for (const spelling of ['nodeid', 'nodeId'] as const) {
      it(`reaches the node whichever spelling the platform reads (${spelling})`, async () => {
        ctx.sim.workloads.variants.fileNodeParam = spelling;
        ctx.sim.workloads.putFile('shop-prod', 1103, CONF, 'only on 1103\n');
        assert.equal(await readFile(client(), token(), { envName: 'shop-prod', nodeId: 1103, path: CONF }), 'only on 1103\n');
      });
    }

    it('a node group means its master node', async () => {
      ctx.sim.workloads.putFile('shop-prod', 1102, CONF, 'master\n');
      assert.equal(await readFile(client(), token(), { envName: 'shop-prod', nodeGroup: 'cp', path: CONF }), 'master\n');
    });

    it('a write to a read-only path is refused and changes nothing', async () => {
      const error = await rejection(writeFile(client(), token(), { ...NODE, path: '/etc/hosts', body: 'x' }));
      assertCleanCallError(error, [token()]);
      assert.ok(error instanceof PlatformError, String(error));
      assert.match(error.message, /Write .*read-only/);
      assert.equal(ctx.sim.workloads.fileText('shop-prod', 1102, '/etc/hosts'), '127.0.0.1 localhost\n');
    });

    it('a save does not overwrite a file that changed on the node since it was read', async () => {
      const read = await readFile(client(), token(), { ...NODE, path: CONF });
      ctx.sim.workloads.putFile('shop-prod', 1102, CONF, 'changed by someone else\n');
      const refused = await saveFileIfUnchanged(client(), token(), { ...NODE, path: CONF, body: 'mine\n', expected: read });
      assert.deepEqual(refused, { saved: false, current: 'changed by someone else\n' });
      assert.equal(ctx.sim.workloads.fileText('shop-prod', 1102, CONF), 'changed by someone else\n');
      assert.equal(ctx.sim.countRequests('Write'), 0);

      const saved = await saveFileIfUnchanged(client(), token(), {
        ...NODE,
        path: CONF,
        body: 'mine\n',
        expected: 'changed by someone else\n',
      });
      assert.deepEqual(saved, { saved: true });
      assert.equal(ctx.sim.workloads.fileText('shop-prod', 1102, CONF), 'mine\n');
    });

    it('tells binary and too large files apart from text', async () => {
      const binary = await readFile(client(), token(), { ...NODE, path: '/var/lib/data.bin' });
      assert.deepEqual(contentProblem(binary), { reason: 'binary' });
      assert.equal(contentProblem('plain text, café, 東京\n'), undefined);
      assert.deepEqual(contentProblem('latin-1 caf\uFFFD\n'), { reason: 'binary' }, 'bytes that were not UTF-8');
      assert.deepEqual(contentProblem('x'.repeat(6 * 1024 * 1024)), { reason: 'tooLarge', size: 6 * 1024 * 1024 });
      assert.deepEqual(sizeProblem(6 * 1024 * 1024), { reason: 'tooLarge', size: 6 * 1024 * 1024 });
      assert.equal(sizeProblem(1024), undefined);
      assert.equal(sizeProblem(undefined), undefined);
    });

    it('a missing file → PlatformError; a token without Write → 8202 naming environment.file.Write', async () => {
      const missing = await rejection(readFile(client(), token(), { ...NODE, path: '/etc/none' }));
      assert.ok(missing instanceof PlatformError, String(missing));
      assert.equal(isMissingFile(missing), true);
      const reader = ctx.sim.createToken({ login: ctx.sim.demo.login, apiList: ['environment.file.Read'] });
      const error = await rejection(writeFile(client(), reader.key, { ...NODE, path: CONF, body: 'x' }));
      assertCleanCallError(error, [reader.key]);
      assert.ok(error instanceof PlatformError && error.result === 8202, String(error));
      assert.match(error.message, /environment\.file\.Write/);
      assert.equal(isMissingFile(error), false, 'a refused token is not a missing file');
      const readOnly = await rejection(writeFile(client(), token(), { ...NODE, path: '/etc/hosts', body: 'x' }));
      assert.equal(isMissingFile(readOnly), false, 'a read-only path is not a missing file');
    });
  });
});
