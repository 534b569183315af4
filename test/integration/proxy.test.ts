// VS Code's proxy settings reach the platform client: with `http.proxy` set, a platform call leaves the extension
// host through that proxy. The proxy is a small one written here, on 127.0.0.1, in front of the test's simulator.
//
// Why in the extension host: the proxy support is VS Code's, not ours. The host hands every extension patched
// `http`/`https` modules that route requests through `http.proxy`; node-fetch (our client) makes its requests
// with them. Only a real host can show that the bundle's requests take that path.
//
// Why 127.0.0.2: VS Code always connects directly to localhost, 127.0.0.1 and ::1, whatever the settings; the
// rest of 127.0.0.0/8 is loopback too (plain http allowed, src/platform/origin.ts) but goes through the proxy. Nothing
// listens on 127.0.0.2, so without the proxy the call could not succeed at all.

import { strict as assert } from 'node:assert';
import * as http from 'node:http';
import * as net from 'node:net';
import * as vscode from 'vscode';
import { useAccessFixture } from './accessKit';

/** A forward proxy: absolute-form requests are passed on to `backend()`, and so are CONNECT tunnels. */
interface LocalProxy {
  readonly url: string;
  readonly port: number;
  /** What reached the proxy: `POST http://host/path` or `CONNECT host:port`. */
  readonly seen: string[];
  close(): Promise<void>;
}

async function startProxy(backend: () => URL): Promise<LocalProxy> {
  const seen: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const target = backend();
    const path = new URL(req.url ?? '/').pathname;
    const upstream = http.request({ host: target.hostname, port: target.port, method: req.method, path, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket) => {
    seen.push(`CONNECT ${req.url}`);
    const target = backend();
    const upstream = net.connect(Number(target.port), target.hostname, () => client.write('HTTP/1.1 200 Connection Established\r\n\r\n'));
    for (const end of [client, upstream]) end.on('error', () => end.destroy());
    client.pipe(upstream).pipe(client);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('VS Code proxy settings', function () {
  this.timeout(30_000);
  const t = useAccessFixture();
  let proxy: LocalProxy;
  const httpSettings = () => vscode.workspace.getConfiguration('http');

  beforeEach(async () => {
    proxy = await startProxy(() => new URL(t.sim.url));
  });
  afterEach(async () => {
    await httpSettings().update('proxy', undefined, vscode.ConfigurationTarget.Global);
    await proxy.close();
  });

  it('http.proxy set: the platform call goes through that proxy, and its answer comes back', async () => {
    await httpSettings().update('proxy', proxy.url, vscode.ConfigurationTarget.Global);
    // The proxy's own port on 127.0.0.2: refused there, so only the proxy can carry the call.
    const origin = `http://127.0.0.2:${proxy.port}`;
    const account = await t.api.services.accounts.add({ origin, label: 'Behind a proxy' }, t.sim.demo.token);
    await t.api.environments.store.load(account.id);

    const view = t.api.environments.store.view(account.id);
    assert.equal(view.status, 'loaded', String(view.error));
    assert.ok(view.envs.length > 0, 'the simulator’s environments arrived through the proxy');
    assert.deepEqual(proxy.seen, [`POST ${origin}/1.0/environment/control/rest/getenvs`]);
    assert.equal(t.sim.countRequests({ method: 'GetEnvs' }), 1);
  });
});
