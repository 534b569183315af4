// The bench's Environments view opening, as a user meets it the first time: the extension active, the rest of it
// (dist/features.js and dist/remainingFeatures.js) not loaded yet, one account stored, the view container closed.
// Times, in the extension host, from the first sign our extension gets of the opening (the view turning visible, or
// its first request for rows, whichever comes first) until the view's request for its top rows is answered with them.
// In between: loading the first part of the rest, reading the token from SecretStorage, the GetEnvs and building the
// rows. The workbench's own opening of the container, before it tells any extension, is measured too but not counted
// (it is not ours). The simulator runs in a process of its own (remoteSimulator.ts), as a platform does.

import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { VapActivation } from '../../../src/activation/api';
import type { EnvTreeElement } from '../../../src/environments/view/treeElements';
import { formBody, getEnvs, methodPath, PlatformClient } from '../../../src/platform';
import type { HostResults } from './index';
import { profiled } from './profile';
import { RemoteSimulator, startRemoteSimulator } from './remoteSimulator';

/** @param extensionPath where the extension under test is installed (its dist/ is what loads) */
export async function measureViewOpening(activation: VapActivation, extensionPath: string, results: HostResults): Promise<void> {
  const sim = await startRemoteSimulator();
  try {
    await measureWith(activation, extensionPath, sim, results);
  } finally {
    await sim.close();
  }
}

async function measureWith(activation: VapActivation, extensionPath: string, sim: RemoteSimulator, results: HostResults): Promise<void> {
  const { accounts, views } = activation.core;
  // The simulator's own first answer (its code run cold) is taken here with Node's fetch, not our client, so that
  // our client and node-fetch stay cold while the simulator answers as a running platform does.
  const warming = performance.now();
  const warm = await fetch(`${sim.url}${methodPath('GetEnvs')}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: formBody({}, sim.token),
  });
  await warm.text();
  results.simulatorWarmupMs = performance.now() - warming;
  await sim.clear();
  const account = await accounts.add({ origin: sim.url, label: 'Bench' }, sim.token);

  const { provider, view } = views.environments;
  let startedAt: number | undefined;
  let attachedAt: number | undefined;
  let rowsAt: number | undefined;
  let rowsShown: (() => void) | undefined;
  const shown = new Promise<void>((resolve) => (rowsShown = resolve));
  const visibility = view.onDidChangeVisibility((event) => {
    if (event.visible) startedAt ??= performance.now();
  });
  // The view's own calls, timed where VS Code makes them (own properties shadow the class's methods until deleted).
  const timed = provider as { getChildren: typeof provider.getChildren; attach: typeof provider.attach };
  const getChildren = provider.getChildren.bind(provider);
  const attach = provider.attach.bind(provider);
  timed.getChildren = async (element?: EnvTreeElement) => {
    if (element === undefined) startedAt ??= performance.now();
    const rows = await getChildren(element);
    if (element === undefined && rows.length > 0 && rowsAt === undefined) {
      rowsAt = performance.now();
      results.viewLoadedFiles = loadedBundleFiles(extensionPath);
      rowsShown?.();
    }
    return rows;
  };
  timed.attach = (real) => {
    attachedAt ??= performance.now();
    attach(real);
  };
  const readToken = accounts.token.bind(accounts);
  accounts.token = (id: string) => {
    const reading = performance.now();
    return readToken(id).finally(() => {
      results.viewTokenReadMs ??= performance.now() - reading;
    });
  };
  const commandAt = performance.now();
  try {
    await profiled('view-opening', async () => {
      await vscode.commands.executeCommand('workbench.view.extension.vap');
      await Promise.race([shown, new Promise((_resolve, reject) => setTimeout(() => reject(new Error('the view showed no rows in 10 s')), 10_000))]);
    });
  } finally {
    visibility.dispose();
    delete (timed as { getChildren?: unknown }).getChildren;
    delete (timed as { attach?: unknown }).attach;
    delete (accounts as { token?: unknown }).token;
  }
  const started = startedAt ?? Number.NaN;
  results.viewFirstRowsMs = (rowsAt ?? Number.NaN) - started;
  results.viewAskedMs = started - commandAt;
  results.viewLoadMs = (attachedAt ?? Number.NaN) - started;

  const api = await activation.loaded();
  results.viewOpenMethods = await sim.methods();
  if (results.viewOpenMethods.length === 0) throw new Error('the view showed rows without a GetEnvs');
  const logged = api.logLines.map((line) => /\bGetEnvs \S+ .* in (\d+) ms/.exec(line)?.[1]).find((ms) => ms !== undefined);
  results.viewGetEnvsMs = logged === undefined ? undefined : Number(logged);
  results.viewEnvs = api.environments.store.view(account.id).envs.length;
  // The same GetEnvs alone, for the budget.
  const client = new PlatformClient({ origin: sim.url });
  results.getEnvsRoundTripRunsMs = [];
  for (let index = 0; index < 7; index++) {
    const one = performance.now();
    await getEnvs(client, sim.token);
    results.getEnvsRoundTripRunsMs.push(performance.now() - one);
  }
  // Its simulator goes with it: the rest of the bench counts requests on its own.
  await accounts.remove(account.id);
}

/** The bundle files of the extension at `root` in the host's module cache (dist/*.js), by name. */
function loadedBundleFiles(root: string): string[] {
  const dist = path.join(root, 'dist');
  return Object.keys(require.cache).filter((file) => path.dirname(file) === dist).map((file) => path.basename(file)).sort();
}
