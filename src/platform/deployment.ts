// Deploying an archive to an environment by URL (DeployArchive), and what is deployed where (GetDeployments).
// Deploys block until done, like Start/Stop: they use the long timeout. Git deploys are in gitDeploy.ts.

import { PlatformClient } from './client';
import { DEPLOYMENT_LIST_KEYS, DEPLOY_RESPONSE_KEYS } from './deploymentGuesses';
import { cleanMessage } from './envelope';
import { CallContext, PlatformError, PlatformErrorDetails } from './errors';
import { JsonObject, compact, firstArrayAt, idAt, isObject, numberAt, objectAt, stringAt, textAt } from './json';
import { ApiMethod } from './methods';
import { withoutSecret } from './outputMask';

export interface DeployOptions {
  readonly signal?: AbortSignal;
}

export interface DeployArchiveInput {
  readonly envName: string;
  /** Where the platform downloads the archive: the `file` URL of an upload, or any public URL. */
  readonly fileUrl: string;
  /** The archive's file name, e.g. `shop.war`. */
  readonly fileName: string;
  readonly nodeGroup?: string;
  /** The application context (path), e.g. `ROOT`. */
  readonly context?: string;
  /** Zero-downtime deploy. */
  readonly zdt?: boolean;
  /** Seconds between nodes for a one-by-one deploy. */
  readonly delay?: number;
  /** Deploy hooks, as the platform's JSON string. */
  readonly hooks?: string;
}

/** What one node said while deploying. */
export interface NodeOutput {
  /** Absent when the platform answered for the whole deploy at once. */
  readonly nodeId?: number;
  readonly result: number;
  /** The node's deploy log. */
  readonly out: string;
}

export interface DeployResult {
  readonly nodes: readonly NodeOutput[];
  /** Every node's output, in order: what the output channel shows. */
  readonly log: string;
}

/**
 * Deploys an archive and resolves when the platform has finished.
 * @throws PlatformError 4060 (failed), 4071 (archive damaged), 4072 (archive empty), 2212 (not now), 8202, or a
 *   node's own failed result
 */
export async function deployArchive(
  client: PlatformClient,
  session: string,
  input: DeployArchiveInput,
  options: DeployOptions = {},
): Promise<DeployResult> {
  const answer = await client.call(
    'DeployArchive',
    {
      envName: input.envName,
      fileUrl: input.fileUrl,
      fileName: input.fileName,
      nodeGroup: input.nodeGroup,
      context: input.context,
      zdt: input.zdt,
      delay: input.delay,
      hooks: input.hooks,
    },
    { session, signal: options.signal, long: true },
  );
  return checkedDeployResult(client, 'DeployArchive', answer, session);
}

/** A node reported failure inside a successful envelope; the deploy log is kept for the output channel. */
export class NodeDeployError extends PlatformError {
  constructor(
    context: CallContext,
    details: PlatformErrorDetails,
    /** Every node's output, the failed one included, with the session masked. */
    readonly log: string,
  ) {
    super(context, details);
  }
}

export interface Deployment {
  readonly context: string;
  /** The archive or project deployed there. */
  readonly name?: string;
  /** ARCHIVE, GIT or SVN (the export writes `GIT(1)`; the name is kept). */
  readonly type?: string;
}

/** What is deployed on a node group, by context. */
export async function getDeployments(
  client: PlatformClient,
  session: string,
  envName: string,
  nodeGroup: string,
  options: DeployOptions = {},
): Promise<Deployment[]> {
  const answer = await client.call('GetDeployments', { envName, nodeGroup }, { session, signal: options.signal });
  const deployments: Deployment[] = [];
  for (const item of firstArrayAt(answer, DEPLOYMENT_LIST_KEYS)) {
    if (!isObject(item)) continue;
    const context = textAt(item.context);
    if (context === undefined) continue;
    const type = textAt(item.type)?.replace(/\(\d+\)$/, '');
    deployments.push(compact({ context, name: textAt(item.archiveName) ?? textAt(item.name), type }));
  }
  return deployments;
}

/** Reads the node outputs of a deploy answer; the first node that failed fails the deploy with its result. */
function checkedDeployResult(
  client: PlatformClient,
  method: ApiMethod,
  answer: JsonObject,
  session: string,
): DeployResult {
  const nodes = nodeOutputs(answer).map((node) => ({ ...node, out: withoutSecret(node.out, session) }));
  const failed = nodes.find((node) => node.result !== 0);
  if (failed) {
    // The node's last words say why; the error keeps every node's log for the output channel.
    const words = lastLine(failed.out);
    throw new NodeDeployError(
      client.context(method),
      { result: failed.result, platformMessage: words === undefined ? undefined : cleanMessage(words, [session]) },
      joinLogs(nodes),
    );
  }
  return { nodes, log: joinLogs(nodes) };
}

function joinLogs(nodes: readonly NodeOutput[]): string {
  return nodes.map((node) => node.out).join('\n');
}

function nodeOutputs(answer: JsonObject): NodeOutput[] {
  const items = firstArrayAt(answer, DEPLOY_RESPONSE_KEYS);
  if (items.length > 0) return items.filter(isObject).map(toNodeOutput);
  // One `response{result, out}` for the whole deploy: the Maven plugin's test answer has this form (MVN
  // deploy_ok.json; not yet in platform-api.md, whose NodeSSHResponses shape is [L]).
  const single = objectAt(answer.response) ?? answer;
  const out = stringAt(single.out);
  return out === undefined ? [] : [toNodeOutput(single)];
}

function toNodeOutput(item: JsonObject): NodeOutput {
  const out = [stringAt(item.out), stringAt(item.errOut)].filter((text) => text).join('\n');
  return compact({
    nodeId: idAt(item.nodeid) ?? idAt(item.nodeId),
    result: numberAt(item.result) ?? 0,
    out,
  });
}

function lastLine(text: string): string | undefined {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines[lines.length - 1];
}
