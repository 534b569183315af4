// environment/file: GetList, Read, Write on a node's files. platform-api.md: `Read(envName, path,
// [nodeid|nodeGroup|nodeType])`, `Write(envName, path, body, [isAppendMode], …)`, `GetList(envName, path, …)`, and
// "SPEC spells the node param `nodeid` here" [C]; answer shapes and refusals are in deploymentGuesses.ts [?].

import { formatPlatformDate } from '../dates';
import { ApiError, invalidParameter, ok, RESULT } from '../envelope';
import { EnvNode } from '../environments';
import { FILE_LIST_KEY, fileNotFound, readOnlyPath } from '../deploymentGuesses';
import { AuthedRequest, route, Route } from '../routes';
import { ownEnvironment } from './control';
import { nodeById, nodesOfGroup, pathParam } from './nodeTargets';

const PATH = 'environment/file';

/** The node named by `nodeid`/`nodeId` (which spelling counts: sim.variants.fileNodeParam), else `nodeGroup`'s master. */
function targetNode(request: AuthedRequest): EnvNode {
  const env = ownEnvironment(request);
  const { params } = request;
  const accepted = request.platform.deployments.variants.fileNodeParam;
  const spellings = accepted === 'either' ? ['nodeid', 'nodeId'] : [accepted];
  const given = spellings.find((name) => params.get(name) !== undefined && params.get(name)?.trim() !== '');
  if (given) return nodeById(env, params, given);
  const group = params.get('nodeGroup')?.trim();
  if (!group) throw invalidParameter(spellings[0]);
  const nodes = nodesOfGroup(env, group);
  return nodes.find((node) => node.ismaster) ?? nodes[0];
}

export const fileRoutes: Route[] = [
  route(PATH, 'GetList', {
    access: 'any',
    handle: (request) => {
      const node = targetNode(request);
      const path = pathParam(request.params);
      const files = request.platform.nodeFiles;
      if (!files.isDirectory(node, path)) throw new ApiError(RESULT.FAILURE, fileNotFound(path));
      const list = files.list(node, path).map((entry) => ({
        name: entry.name,
        type: entry.isDirectory ? 'directory' : 'file',
        size: entry.size,
        lastModified: entry.modifiedAt === undefined ? undefined : formatPlatformDate(entry.modifiedAt),
      }));
      return ok({ [FILE_LIST_KEY]: list });
    },
  }),
  route(PATH, 'Read', {
    access: 'any',
    handle: (request) => {
      const node = targetNode(request);
      const path = pathParam(request.params);
      const file = request.platform.nodeFiles.get(node, path);
      if (!file) throw new ApiError(RESULT.FAILURE, fileNotFound(path));
      // Bytes that are not UTF-8 arrive as U+FFFD and NUL stays NUL: binary files do not survive JSON [I].
      return ok({ body: file.data.toString('utf8') });
    },
  }),
  route(PATH, 'Write', {
    access: 'any',
    handle: (request) => {
      const node = targetNode(request);
      const { params, platform } = request;
      const path = pathParam(params);
      const body = params.get('body');
      if (body === undefined) throw invalidParameter('body');
      if (platform.nodeFiles.isDirectory(node, path)) throw invalidParameter('path', `${path} is a directory`);
      if (platform.nodeFiles.isReadOnly(node, path)) throw new ApiError(RESULT.FAILURE, readOnlyPath(path));
      if (params.bool('isAppendMode')) platform.nodeFiles.append(node, path, body);
      else platform.nodeFiles.put(node, path, body);
      return ok();
    },
  }),
];
