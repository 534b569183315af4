// The address of a file on a node, shared by the file systems, the Environments tree's Files and Logs folders and the
// editors: <scheme>://<account id>/<environment>/<node id>/<absolute path on the node>. `vap:` is a node's files
// (GetList/Read/Write, editable); `vap-log:` is a node's logs (GetLogsList/ReadLog, read-only).
// The account id (a UUID) is the authority, so two accounts' environments of the same name never share a file.

import { vscode } from '../../ui/vscodeApi';

export const NODE_FILE_SCHEME = 'vap';
export const NODE_LOG_SCHEME = 'vap-log';
export type NodeScheme = typeof NODE_FILE_SCHEME | typeof NODE_LOG_SCHEME;

export interface NodeFileRef {
  readonly accountId: string;
  readonly envName: string;
  readonly nodeId: number;
  /** Absolute path on the node, starting with `/`. */
  readonly path: string;
}

export function nodeFileUri(ref: NodeFileRef, scheme: NodeScheme = NODE_FILE_SCHEME): vscode.Uri {
  const path = ref.path.startsWith('/') ? ref.path : `/${ref.path}`;
  return vscode.Uri.from({
    scheme,
    authority: ref.accountId,
    path: `/${ref.envName}/${ref.nodeId}${path === '/' ? '' : path}`,
  });
}

/** The file a `vap:` or `vap-log:` URI names, or undefined for a URI that is not one of ours (or malformed). */
export function parseNodeFileUri(uri: vscode.Uri): NodeFileRef | undefined {
  if ((uri.scheme !== NODE_FILE_SCHEME && uri.scheme !== NODE_LOG_SCHEME) || !uri.authority) return undefined;
  const match = /^\/([^/]+)\/(\d+)(\/.*)?$/.exec(uri.path);
  if (!match) return undefined;
  const nodeId = Number(match[2]);
  if (!Number.isSafeInteger(nodeId)) return undefined;
  const path = (match[3] ?? '/').replace(/\/+$/, '') || '/';
  return { accountId: uri.authority, envName: match[1]!, nodeId, path };
}
