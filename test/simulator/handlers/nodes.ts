// environment/control: GetNodeGroups, and a node's logs (GetLogsList, ReadLog). Logs are the node's files under
// /var/log, so deploys and test hooks that append to them show up here.

import { ApiError, invalidParameter, ok, RESULT } from '../envelope';
import { DEFAULT_LOG_PATH, fileNotFound, NODE_GROUPS_KEY, ROTATED_LOG } from '../deploymentGuesses';
import { envInfoView } from '../environments';
import { route, Route } from '../routes';
import { ownEnvironment } from './control';
import { nodeById } from './nodeTargets';

const PATH = 'environment/control';

export const nodeRoutes: Route[] = [
  // platform-api.md: `environment/control GetNodeGroups(envName)` — layer info [C]; the answer's key [?].
  route(PATH, 'GetNodeGroups', {
    access: 'any',
    // Each group as GetEnvInfo shows it: one shape for both.
    handle: (request) => {
      const env = ownEnvironment(request);
      return ok({ [NODE_GROUPS_KEY]: envInfoView(env, request.platform.platformDomain).nodeGroups });
    },
  }),
  // platform-api.md: `GetLogsList(envName, nodeId, [path=/var/log])` → `{directories, groups, rotatedLogs, path}` [C].
  route(PATH, 'GetLogsList', {
    access: 'any',
    handle: (request) => {
      const { platform, params } = request;
      const node = nodeById(ownEnvironment(request), params);
      const path = (params.get('path')?.trim() || DEFAULT_LOG_PATH).replace(/(.)\/+$/, '$1');
      if (!platform.nodeFiles.isDirectory(node, path)) throw new ApiError(RESULT.FAILURE, fileNotFound(path));
      const entries = platform.nodeFiles.list(node, path);
      const logs = entries.filter((entry) => !entry.isDirectory).map((entry) => entry.name);
      const group = path.slice(path.lastIndexOf('/') + 1) || 'root';
      return ok({
        path,
        directories: entries.filter((entry) => entry.isDirectory).map((entry) => entry.name),
        groups: { [group]: logs.filter((name) => !ROTATED_LOG.test(name)) },
        rotatedLogs: logs.filter((name) => ROTATED_LOG.test(name)),
      });
    },
  }),
  // platform-api.md: `ReadLog(envName, nodeId, path, [from], [count])` → `{body, linescount}` [C]; `from` is a
  // 0-based line index and `linescount` the total or the returned lines (sim.variants.logLinesCount) [?].
  route(PATH, 'ReadLog', {
    access: 'any',
    handle: (request) => {
      const { platform, params } = request;
      const node = nodeById(ownEnvironment(request), params);
      const path = params.required('path').trim();
      const file = platform.nodeFiles.get(node, path);
      if (!file) throw new ApiError(RESULT.FAILURE, fileNotFound(path));
      const from = params.int('from') ?? 0;
      const count = params.int('count');
      if (from < 0) throw invalidParameter('from');
      if (count !== undefined && count < 0) throw invalidParameter('count');
      const lines = file.data.toString('utf8').split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      const page = lines.slice(from, count === undefined ? undefined : from + count);
      const linescount = platform.deployments.variants.logLinesCount === 'total' ? lines.length : page.length;
      return ok({ body: page.map((line) => `${line}\n`).join(''), linescount });
    },
  }),
];
