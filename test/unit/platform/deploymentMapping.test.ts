// The deployment, log and file answers whose shapes platform-api.md leaves open [?]/[L]: each plausible variant,
// served over HTTP by the simulator's `json` fault, reads to the same typed result (deploymentGuesses.ts).

import * as assert from 'node:assert/strict';
import { PlatformClient } from '../../../src/platform/client';
import { getDeployments } from '../../../src/platform/deployment';
import { UnexpectedResponseError } from '../../../src/platform/errors';
import { addRepo, deployRepo } from '../../../src/platform/gitDeploy';
import { listFiles, readFile } from '../../../src/platform/files';
import { getLogsList, readLog } from '../../../src/platform/logs';
import { getNodeGroups } from '../../../src/platform/nodeGroups';
import { rejection, useSimulator } from './helpers';

describe('platform mapping of deployment, log and file answers', () => {
  const ctx = useSimulator();
  const client = () => new PlatformClient({ origin: ctx.sim.url });
  const token = () => ctx.sim.demo.token;
  const answer = (method: string, body: object) => ctx.sim.faults.add({ method, kind: 'json', body: { result: 0, ...body } });

  it('GetLogsList: groups as an object, a list of {name, logs} or plain names; directories as names or {name}', async () => {
    const expected = [
      { name: 'a.log', path: '/var/log/a.log', group: 'app', rotated: false },
      { name: 'b.log', path: '/opt/b.log', group: 'app', rotated: false },
      { name: 'a.log.1', path: '/var/log/a.log.1', rotated: true },
    ];
    const target = { envName: 'shop-prod', nodeId: 1102 };
    answer('GetLogsList', { path: '/var/log', directories: ['x'], groups: { app: ['a.log', '/opt/b.log'] }, rotatedLogs: ['a.log.1'] });
    assert.deepEqual((await getLogsList(client(), token(), target)).logs, expected);
    answer('GetLogsList', { path: '/var/log', directories: [{ name: 'x' }], groups: [{ name: 'app', logs: ['a.log', { name: '/opt/b.log' }] }], rotatedLogs: [{ name: 'a.log.1' }] });
    const listed = await getLogsList(client(), token(), target);
    assert.deepEqual(listed.logs, expected);
    assert.deepEqual(listed.directories, ['x']);
    answer('GetLogsList', { groups: ['a.log', 'a.log'] });
    assert.deepEqual(await getLogsList(client(), token(), target), {
      path: '/var/log',
      directories: [],
      logs: [{ name: 'a.log', path: '/var/log/a.log', rotated: false }],
    });
  });

  it('ReadLog: no body is no lines; a body that is not text is a broken answer', async () => {
    const input = { envName: 'shop-prod', nodeId: 1102, path: '/var/log/run.log', from: 7 };
    answer('ReadLog', {});
    assert.deepEqual(await readLog(client(), token(), input), { lines: [], from: 7, next: 7 });
    answer('ReadLog', { body: ['a'] });
    assert.ok((await rejection(readLog(client(), token(), input))) instanceof UnexpectedResponseError);
  });

  it('GetList: entries under list, files or array, directories by type or flag, names or absolute paths', async () => {
    const target = { envName: 'shop-prod', nodeId: 1102, path: '/etc/' };
    answer('GetList', {
      files: [
        { path: '/etc/a.conf', isDir: false, size: 3, modified: '2024-05-01 10:00:00' },
        { name: 'conf.d', isDirectory: true },
        { name: 'x', type: 'DIRECTORY' },
        { name: '..', type: 'directory' },
        { size: 1 },
      ],
    });
    assert.deepEqual(await listFiles(client(), token(), target), [
      { name: 'a.conf', path: '/etc/a.conf', isDirectory: false, size: 3, modified: new Date('2024-05-01T10:00:00Z') },
      { name: 'conf.d', path: '/etc/conf.d', isDirectory: true },
      { name: 'x', path: '/etc/x', isDirectory: true },
    ]);
  });

  it('Read: the content under body or content; none at all is a broken answer', async () => {
    const target = { envName: 'shop-prod', nodeId: 1102, path: '/etc/hosts' };
    answer('Read', { content: 'from content' });
    assert.equal(await readFile(client(), token(), target), 'from content');
    answer('Read', { body: '' });
    assert.equal(await readFile(client(), token(), target), '', 'an empty file is a file');
    answer('Read', {});
    assert.match((await rejection(readFile(client(), token(), target))).message, /no file content/);
  });

  it('GetDeployments and GetNodeGroups: lists under their plausible keys; GIT(1) reads as GIT', async () => {
    answer('GetDeployments', { deployments: [{ context: 'ROOT', name: 'app', type: 'GIT(1)' }, { archiveName: 'no-context.war' }] });
    assert.deepEqual(await getDeployments(client(), token(), 'shop-prod', 'cp'), [{ context: 'ROOT', name: 'app', type: 'GIT' }]);
    answer('GetNodeGroups', { nodeGroups: [{ name: 'cp', displayName: 'App' }, { displayName: 'nameless' }] });
    assert.deepEqual(await getNodeGroups(client(), token(), 'shop-prod'), [{ name: 'cp', displayName: 'App' }]);
  });

  it('Deploy: a log as text or lines, top level or under response; AddRepo without a repository echoes the input', async () => {
    const input = { envName: 'shop-prod', repo: 'r', context: 'ROOT' };
    answer('Deploy', { response: { log: ['one', 'two', 3], message: 'done' } });
    assert.deepEqual(await deployRepo(client(), token(), input), { log: 'one\ntwo', message: 'done' });
    answer('Deploy', {});
    assert.deepEqual(await deployRepo(client(), token(), input), { log: '' });
    answer('AddRepo', {});
    assert.deepEqual(await addRepo(client(), token(), { name: 'r', url: 'https://x/r.git', branch: 'dev' }), {
      name: 'r',
      url: 'https://x/r.git',
      branch: 'dev',
    });
  });
});
