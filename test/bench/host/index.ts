// Entry point the extension host loads for `npm run bench` (`extensionTestsPath`): times activate() of our extension
// and of a one-line "hello" extension loaded next to it, and — in the measuring host — counts what the simulator
// receives for one Stop from the tree and over an idle hour, and times building the tree items of 2,000 environments.
// Results go to VAP_BENCH_RESULTS_FILE as JSON; the Node side (test/bench/bench.ts) prints them.

import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { profiled } from './profile';
import type { VapActivation, VapExtensionApi } from '../../../src/activation/api';
import type { EnvTreeElement } from '../../../src/environments/view/treeElements';
import { until, untilAsync, resetExtension } from '../../integration/environmentsKit';
import { startSimulator } from '../../simulator';
import { ManualScheduler } from '../../unit/environments/manualScheduler';
import { measureViewOpening } from './viewOpening';

export const VAP_ID = 'vap-vscode.vap-vscode';
/** Three one-liners: the baseline of a host is the median of their activations, ours is timed between them. */
export const HELLO_IDS = ['vap-bench.hello', 'vap-bench.hello2', 'vap-bench.hello3'];
/** Activated first, untimed, one after the other: the host's lazy start-up and the workbench's busy first seconds. */
export const WARMUP_IDS = ['vap-bench.warmup', 'vap-bench.warmup2'];

export interface HostResults {
  activateMs?: number;
  /** The median of the one-liners' activations in this host. */
  helloActivateMs?: number;
  helloRunsMs?: number[];
  /** Whether an extension was already active before we asked (then its time says nothing). */
  vapWasActive?: boolean;
  helloWasActive?: boolean;
  order?: string;
  /** The untimed warm-up activations, in order. */
  warmupActivateMs?: number[];
  /** Loading and starting the rest of the extension after activation, both parts (a view's first rows wait for the first). */
  featuresLoadMs?: number;
  /** Loading dist/extension.js again (a second, warm load): the part of activateMs that is the bundle's size. */
  bundleReloadMs?: number;
  /** The same traversal without getTreeItem: what the tree's bookkeeping costs on its own. */
  treeChildrenOnlyRunsMs?: number[];
  /** The Environments view's first opening (the rest not loaded yet), from the view asking until its rows (viewOpening.ts). */
  viewFirstRowsMs?: number;
  /** Before that, not counted: the workbench opening the container until the view asked. */
  viewAskedMs?: number;
  /** Of the rows' time: until the first part of the rest had loaded and attached the view's real provider. */
  viewLoadMs?: number;
  /** The simulator's own first answer, taken before (it runs in the host's thread; a platform would not). */
  simulatorWarmupMs?: number;
  /** Of the rows' time: reading the account's token from SecretStorage (a round trip to the workbench). */
  viewTokenReadMs?: number;
  /** What the simulator received meanwhile (one GetEnvs), and that GetEnvs's time as the extension's log says. */
  viewOpenMethods?: string[];
  viewGetEnvsMs?: number;
  viewEnvs?: number;
  /** Bundle files the host had loaded when the rows were answered (the rest's second part should not be one). */
  viewLoadedFiles?: string[];
  /** The same GetEnvs alone, through the platform client (node-fetch), 7 times. */
  getEnvsRoundTripRunsMs?: number[];
  requestsPerStop?: number;
  stopMethods?: string[];
  idleRequestsSimulatedHour?: number;
  idleRequestsRealWindow?: number;
  idleRealWindowMs?: number;
  treeBuildRunsMs?: number[];
  treeItems?: number;
  treeBuildRequests?: number;
  vscodeVersion?: string;
  /** What the harness said of the workbench before anything was timed ("settled", or why not). */
  settled?: string;
  error?: string;
}

const MINUTE = 60_000;

export async function run(): Promise<void> {
  const results: HostResults = { vscodeVersion: vscode.version };
  try {
    results.settled = await workbenchSettled();
    await measureActivation(results);
    results.bundleReloadMs = reloadBundle();
    if (process.env.VAP_BENCH_MODE === 'full') await measureRequestsAndTree(results);
  } catch (error) {
    results.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  const file = process.env.VAP_BENCH_RESULTS_FILE;
  if (file !== undefined && file !== '') fs.writeFileSync(file, `${JSON.stringify(results)}\n`);
  if (results.error !== undefined) throw new Error(results.error);
}

/** Waits for the harness's word (a file) that the workbench has started and gone idle; see hosts.ts. */
function workbenchSettled(): Promise<string> {
  const file = process.env.VAP_BENCH_GO_FILE;
  if (file === undefined || file === '') return Promise.resolve('not asked');
  const read = (): string | undefined => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : undefined);
  return new Promise((resolve, reject) => {
    const watcher = fs.watch(path.dirname(file), () => check());
    const timer = setTimeout(() => finish(() => reject(new Error('the harness never said the workbench had settled'))), 90_000);
    const finish = (then: () => void): void => {
      watcher.close();
      clearTimeout(timer);
      then();
    };
    const check = (): void => {
      const said = read();
      if (said !== undefined && said !== '') finish(() => resolve(said));
    };
    check();
  });
}

async function timeActivation(id: string): Promise<{ ms: number; wasActive: boolean }> {
  const extension = vscode.extensions.getExtension(id);
  if (extension === undefined) throw new Error(`extension ${id} is not loaded in this extension host`);
  const wasActive = extension.isActive;
  let ms = 0;
  await profiled(`activate-${id}`, async () => {
    const started = performance.now();
    await extension.activate();
    ms = performance.now() - started;
  });
  return { ms, wasActive };
}

/** Evaluates our bundle once more (module code only: it defines, it does not register anything). */
function reloadBundle(): number {
  const extension = vscode.extensions.getExtension(VAP_ID);
  if (extension === undefined) return Number.NaN;
  const load = createRequire(__filename);
  const main = load.resolve(path.join(extension.extensionPath, (extension.packageJSON as { main: string }).main));
  const loaded = load.cache[main];
  delete load.cache[main];
  const started = performance.now();
  load(main);
  const ms = performance.now() - started;
  if (loaded !== undefined) load.cache[main] = loaded;
  return ms;
}

/** Activates ours between one-liners, early or late in the row as the harness chose (it alternates between hosts). */
async function measureActivation(results: HostResults): Promise<void> {
  const early = process.env.VAP_BENCH_ORDER !== 'vap-late';
  results.order = early ? 'vap-early' : 'vap-late';
  const [first, second, third] = HELLO_IDS;
  const ids = early ? [first, VAP_ID, second, third] : [first, second, VAP_ID, third];
  // The first activations in a host pay for its lazy start-up and a workbench still settling, whoever they are:
  // two more one-liners take that (one was not enough: the next activation still varied several-fold).
  results.warmupActivateMs = [];
  for (const id of WARMUP_IDS) results.warmupActivateMs.push((await timeActivation(id)).ms);
  results.helloRunsMs = [];
  results.helloWasActive = false;
  for (const id of ids) {
    const { ms, wasActive } = await timeActivation(id);
    if (id === VAP_ID) {
      results.activateMs = ms;
      results.vapWasActive = wasActive;
    } else {
      results.helloRunsMs.push(ms);
      results.helloWasActive ||= wasActive;
    }
  }
  const sorted = [...results.helloRunsMs].sort((a, b) => a - b);
  results.helloActivateMs = sorted[1];
  // The measuring host leaves the rest unloaded: its view opening loads it, as a user's first opening does.
  if (process.env.VAP_BENCH_MODE === 'full') return;
  // What opening a view adds: the code activation left for later, loaded and started (after the timed row).
  const activation = await vscode.extensions.getExtension<VapActivation>(VAP_ID)?.activate();
  const started = performance.now();
  await activation?.loaded();
  results.featuresLoadMs = performance.now() - started;
}

async function measureRequestsAndTree(results: HostResults): Promise<void> {
  const activation = await vscode.extensions.getExtension<VapActivation>(VAP_ID)?.activate();
  if (activation === undefined) throw new Error(`extension ${VAP_ID} is not loaded in this extension host`);
  const config = vscode.workspace.getConfiguration('vap');
  // No confirmation to script; auto-refresh off (the default, said out loud). A fresh profile: nothing to reset.
  await config.update('confirmDisruptiveActions', false, vscode.ConfigurationTarget.Global);
  await config.update('autoRefreshSeconds', 0, vscode.ConfigurationTarget.Global);
  const sim = await startSimulator({ clock: 'manual' });
  let api: VapExtensionApi | undefined;
  try {
    // ── The Environments view's first opening, to its first rows: it loads the rest of the extension.
    await measureViewOpening(activation, vscode.extensions.getExtension(VAP_ID)?.extensionPath ?? '', results);
    const ready = await activation.loaded();
    api = ready;
    await ready.services.accounts.add({ origin: sim.url, label: 'Demo' }, sim.demo.token);
    const scheduler = new ManualScheduler();
    ready.environments.useTiming({ scheduler });
    const shop = await envElement(ready, 'shop-prod');

    // ── One Stop from the tree, including the refresh that shows "Stopped".
    await until(ready, () => ready.environments.store.busyRefs().length === 0, 'the view is idle');
    sim.clearRequests();
    const stopping = Promise.resolve(vscode.commands.executeCommand('vap.environments.stop', shop));
    await sim.operationStarted('shop-prod');
    sim.completeOperations();
    await stopping;
    await untilAsync(ready, async () => {
      const item = ready.environments.tree.getTreeItem(await envElement(ready, 'shop-prod'));
      return item.description === 'Stopped';
    }, 'shop-prod shows Stopped');
    await until(ready, () => ready.environments.store.busyRefs().length === 0, 'the Stop finished');
    results.stopMethods = sim.requests.map((entry) => entry.method ?? entry.path);
    results.requestsPerStop = sim.requests.length;

    // ── Idle: views open, auto-refresh off, nothing transitional. An hour of the extension's timers (the injected
    // scheduler) and of the simulator's clock, then a short real-time window for anything on real timers.
    sim.clearRequests();
    for (let minute = 0; minute < 60; minute++) {
      scheduler.advance(MINUTE);
      sim.clock.advance(MINUTE);
    }
    await settle();
    results.idleRequestsSimulatedHour = sim.requests.length;
    sim.clearRequests();
    const windowMs = Number(process.env.VAP_BENCH_IDLE_WINDOW_MS ?? 3000);
    const windowStart = performance.now();
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    results.idleRealWindowMs = performance.now() - windowStart;
    results.idleRequestsRealWindow = sim.requests.length;

    // ── 2,000 environments × 5 nodes: one GetEnvs, then the tree items of both levels (environments; layers and
    // nodes below each), timed after the answer is in the store.
    await ready.services.accounts.remove((ready.services.accounts.list()[0]).id);
    sim.addEnvironments(sim.demo.login, 2000, { nodes: 5 });
    await ready.services.accounts.add({ origin: sim.url, label: 'Big' }, sim.demo.token);
    await ready.environments.tree.getChildren();
    const runs: number[] = [];
    sim.clearRequests();
    for (let index = 0; index < 7; index++) {
      const started = performance.now();
      const count = await buildAllItems(ready);
      runs.push(performance.now() - started);
      results.treeItems = count;
    }
    results.treeBuildRunsMs = runs;
    const childrenOnly: number[] = [];
    for (let index = 0; index < 5; index++) {
      const started = performance.now();
      await buildAllItems(ready, false);
      childrenOnly.push(performance.now() - started);
    }
    results.treeChildrenOnlyRunsMs = childrenOnly;
    // Built from the store: a request here would mean the timing includes the network.
    results.treeBuildRequests = sim.requests.length;
  } finally {
    sim.completeOperations();
    if (api !== undefined) {
      const loaded = api;
      await until(loaded, () => loaded.environments.store.busyRefs().length === 0, 'nothing is running').catch(() => undefined);
      await resetExtension(loaded).catch(() => undefined);
    }
    await config.update('confirmDisruptiveActions', undefined, vscode.ConfigurationTarget.Global);
    await config.update('autoRefreshSeconds', undefined, vscode.ConfigurationTarget.Global);
    await sim.close();
  }
}

/** Lets pending promise callbacks and I/O run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50));
}

async function envElement(api: VapExtensionApi, envName: string): Promise<EnvTreeElement> {
  const tree = api.environments.tree;
  const queue = await tree.getChildren();
  for (const element of queue) {
    if (element.kind === 'environment' && element.envName === envName) return element;
    if (element.kind === 'account') queue.push(...(await tree.getChildren(element)));
  }
  throw new Error(`no row for ${envName}`);
}

/** Every row the tree can show, with its TreeItem: environments, then their layers and nodes. */
async function buildAllItems(api: VapExtensionApi, items = true): Promise<number> {
  const tree = api.environments.tree;
  let count = 0;
  const visit = async (parent?: EnvTreeElement): Promise<void> => {
    for (const element of await tree.getChildren(parent)) {
      if (items) tree.getTreeItem(element);
      count += 1;
      // Down to the nodes: a node's Files and Logs folders read the node when opened, which is not tree building.
      if (element.kind !== 'message' && element.kind !== 'node') await visit(element);
    }
  };
  await visit();
  return count;
}
