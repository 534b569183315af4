// Every choice the deployment, log and node-file client makes where platform-api.md ("Deployment, logs and node
// files") marks the platform's behaviour [?] or [L], or says nothing. When a real platform is seen to behave
// differently, change it here. (The sign-in and token guesses are in guesses.ts.)

/**
 * storage/uploader Upload takes `fid`, `session` and `file` [C]; what `fid` must be is not documented. It reads like
 * a client-chosen upload id, so we send a fixed one.
 */
export const UPLOAD_FID = 'vap-vscode';

/**
 * environment/file spells the node parameter `nodeid`, other services `nodeId` [C: SPEC note]. Unknown parameters
 * are ignored [I: PYJ sends `appid` and `ruk` to every method], so file calls send both spellings.
 */
export const FILE_NODE_PARAMS = ['nodeid', 'nodeId'] as const;

/** ReadLog `from` is a line index [?]: we count from 0 (the first line). */
export const LOG_FIRST_LINE = 0;

/**
 * ReadLog answers `{body, linescount}` [C]; whether `linescount` is the file's total or the lines returned is [?].
 * A value above the lines returned can only be the total; otherwise the client probes for the end (logs.ts).
 * Probing doubles `from` until a page comes back empty, then halves back: at most this many probes.
 */
export const LOG_END_PROBES = 64;

/**
 * Lists whose key is not documented: the first of these keys holding an array is read [?]. GetDeployments: the
 * export's SoftNodeGroup carries `deployments[]{archiveName, context, type}` [C: EXPORT]; GetNodeGroups and
 * environment/file GetList answer shapes are unknown.
 */
export const DEPLOYMENT_LIST_KEYS = ['deployments', 'array', 'object', 'responses'] as const;
export const NODE_GROUP_LIST_KEYS = ['nodeGroups', 'object', 'array', 'groups'] as const;
export const FILE_LIST_KEYS = ['list', 'files', 'array', 'object', 'entries'] as const;

/**
 * DeployArchive answers `NodeSSHResponses` — per node `out`/`result` [L]. We read `responses[]{nodeid|nodeId, out,
 * errOut, result}`, and a single `response.out` or top-level `out` as one node without an id. A node with a
 * result other than 0 fails the deploy with that result.
 */
export const DEPLOY_RESPONSE_KEYS = ['responses', 'nodes'] as const;

/** environment/file Read answers the content in `body` [I: ReadLog's answer is `{body, linescount}` [C]]. */
export const FILE_BODY_KEYS = ['body', 'content', 'text'] as const;

/**
 * Node files opened in an editor: above this size Read is not even sent (the size comes from GetList). File bodies
 * travel as JSON strings, so binary content cannot survive the trip [I]; a body with a NUL or U+FFFD is refused.
 */
export const MAX_EDITABLE_FILE_BYTES = 5 * 1024 * 1024;

/**
/**
 * A log or file that is not on the node [?]: no result code is documented (the simulator answers 1 with "no such
 * file or directory [path]"), so the platform's words decide, under these spellings.
 */
export const MISSING_FILE_MESSAGE = /no such file|not found|does not exist|doesn't exist|not exist/i;
