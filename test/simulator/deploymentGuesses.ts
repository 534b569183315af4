// Deployment, logs and node files: every fact the simulator plays, with its source in platform-api.md
// ("Deployment, logs and node files") and its certainty, and every choice where that page says [?]/[L] or nothing.
// Choices a client must survive either way are `DeploymentVariants`: a test switches them (sim.workloads.variants).

// ─── Upload (storage/uploader) ──────────────────────────────────────────────────────────────────────
/** Upload is multipart with `fid`, `session`, `file` → `{result, file:<download URL>, name, size}` [C: MVN]. */
export const UPLOAD_FIELDS = { fid: 'fid', session: 'session', file: 'file' } as const;
/** Where a stored upload can be downloaded from: the form of the URL is [?]; this one is under the simulator's origin. */
export const downloadPath = (id: string): string => `/xssu/rest/download/${id}`;
/** Uploads above this are cut off (the connection is dropped) [?]: the platform's limit is not documented. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

// ─── DeployArchive (environment/deployment) ─────────────────────────────────────────────────────────
/** Result codes for failed deploys [C: MVN]: 4060 failed, 4071 archive damaged, 4072 archive empty. */
export const DEPLOY_RESULT = { FAILED: 4060, DAMAGED: 4071, EMPTY: 4072 } as const;
/** Their messages: the words are ours [?]. */
export const DEPLOY_MESSAGES = {
  failed: (fileName: string) => `deployment of [${fileName}] failed`,
  damaged: (fileName: string) => `archive [${fileName}] is damaged`,
  empty: (fileName: string) => `archive [${fileName}] is empty`,
};
/**
 * An archive is damaged when it does not start like a zip (war/jar/ear/zip) or gzip (tar.gz) file [?]: the
 * platform's own check is not documented; 4071 itself is [C].
 */
export const ARCHIVE_MAGIC = [Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from([0x1f, 0x8b])];
/** Deploys are allowed while Running only; otherwise 2212 [2212 = not allowed in the current status: C; Running only: ?]. */
export const DEPLOY_ALLOWED_STATUS = 1;
/** Without `nodeGroup` an archive goes to the application servers, `cp` [?]. */
export const DEFAULT_DEPLOY_GROUP = 'cp';
/** Without `context` it becomes ROOT [?: the Maven plugin's default context]. */
export const DEFAULT_CONTEXT = 'ROOT';
/** Each target node's output is written to this log on the node, so GetLogsList/ReadLog show the deploy [?]. */
export const DEPLOY_LOG_PATH = '/var/log/deploy.log';
/** The deploy output of one node: what the NodeSSHResponses' `out` holds [L]. */
export const deployOutput = (nodeId: number, fileName: string, context: string): string[] => [
  `node [${nodeId}]: downloading ${fileName}`,
  `node [${nodeId}]: deploying ${fileName} to context [${context}]`,
  `node [${nodeId}]: application [${context}] deployed`,
];

// ─── Git deploy (AddRepo / Deploy / Update) ─────────────────────────────────────────────────────────
/** AddRepo's answer is [?]: we answer `{repo:{id, name, url, branch, type}}`. Repo names are unique per account [?]. */
export const REPO_KEY = 'repo';
export const REPO_TYPES = ['GIT', 'SVN'];
export const DEFAULT_BRANCH = 'master';
/** Deploy/Update answer `VcsUpdateResponse{log, message}` [C]; the words are ours [?]. */
export const vcsLog = (repo: string, branch: string, context: string): string[] => [
  `cloning ${repo} (${branch})`,
  `building ${context}`,
  `context [${context}] deployed`,
];
// Update without a Git deployment at the context: invalid parameter [context] [?].
// Deploy of a repository the account has not added: invalid parameter [repo] [?].

/**
 * GetDeployments answers `{array:[{context, archiveName, type}]}`: the key is [?]; the items follow the export's
 * SoftNodeGroup.deployments [C: EXPORT].
 */
export const DEPLOYMENTS_KEY = 'array';
/** GetNodeGroups answers `{object:[{name, displayName, …}]}`: the key is [?]. */
export const NODE_GROUPS_KEY = 'object';

// ─── Logs (environment/control GetLogsList / ReadLog) ───────────────────────────────────────────────
/** GetLogsList's default path is /var/log [C]; its answer is `{directories, groups, rotatedLogs, path}` [C]. */
export const DEFAULT_LOG_PATH = '/var/log';
/**
 * The members' shapes are [?]: `directories` is a list of names, `groups` an object of group → log names (the
 * group is the directory's own name), `rotatedLogs` a list of names. A log is rotated when it ends in .N or .gz [?].
 */
export const ROTATED_LOG = /\.(\d+|gz)$/;

// ─── Node files (environment/file GetList / Read / Write) ───────────────────────────────────────────
/** GetList answers `{list:[{name, type:"file"|"directory", size, lastModified}]}` [?]; its `filter` is ignored [?]. */
export const FILE_LIST_KEY = 'list';
/** A missing file or directory: result 1 [?] with this message. */
export const fileNotFound = (path: string): string => `no such file or directory [${path}]`;
/** Writes under these prefixes (and files marked read-only by a test) are refused: result 1 [?]. */
export const READ_ONLY_PREFIXES = ['/proc/', '/sys/', '/usr/', '/bin/', '/sbin/'];
export const readOnlyPath = (path: string): string => `permission denied: [${path}] is read-only`;
// Without nodeid/nodeId the file is on the master node of `nodeGroup` [I]; with neither: invalid parameter [?].

// ─── Durations (simulator time) ─────────────────────────────────────────────────────────────────────
/** A deploy blocks like the environment actions [I: DeployArchive answers with the nodes' output, after it]. */
export const MANUAL_DEPLOY_MS = 45_000;
export const REAL_DEPLOY_MS = 3_000;

// ─── Variants a client must handle (sim.workloads.variants) ─────────────────────────────────────────
export interface DeploymentVariants {
  /** ReadLog `linescount`: the log's total lines, or the lines of this answer [?]. */
  logLinesCount: 'total' | 'returned';
  /** environment/file's node parameter: `nodeid` (SPEC) or `nodeId` (elsewhere) [C: both spellings seen]. */
  fileNodeParam: 'nodeid' | 'nodeId' | 'either';
  /**
   * DeployArchive's answer: per-node `responses[]` (NodeSSHResponses [L]), or one `response{result, out}` as in the
   * Maven plugin's test answer (MVN deploy_ok.json; not yet in platform-api.md, so [?] here).
   */
  deployAnswer: 'responses' | 'single';
}

export const DEFAULT_DEPLOYMENT_VARIANTS: DeploymentVariants = { logLinesCount: 'total', fileNodeParam: 'either', deployAnswer: 'responses' };

// ─── Seed files of every node [?: invented, realistic] ──────────────────────────────────────────────
export const seedFiles = (nodeType: string): Record<string, string | Buffer> => ({
  '/etc/hosts': '127.0.0.1 localhost\n',
  [`/etc/${nodeType}/${nodeType}.conf`]: `# ${nodeType} configuration\nworkers = 2\n`,
  '/var/log/run.log': `${nodeType} starting\n${nodeType} started\n`,
  '/var/log/run.log.1': `${nodeType} stopped\n`,
  '/var/lib/data.bin': Buffer.from([0x00, 0x01, 0x02, 0xff]),
});
/** Seed paths a Write refuses [?]. */
export const SEED_READ_ONLY = ['/etc/hosts'];
