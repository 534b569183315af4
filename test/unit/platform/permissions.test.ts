import * as assert from 'node:assert/strict';
import { signIn } from '../../../src/platform/auth';
import { PlatformClient } from '../../../src/platform/client';
import { PlatformError } from '../../../src/platform/errors';
import { readLog } from '../../../src/platform/logs';
import { permissionOf } from '../../../src/platform/methods';
import {
  ARCHIVE_DEPLOY_METHODS,
  FILE_METHODS,
  GIT_DEPLOY_METHODS,
  LOG_METHODS,
  missingPermissions,
  refusedPermission,
} from '../../../src/platform/permissions';
import { getTokenApiList, getTokenTemplates } from '../../../src/platform/tokens';
import { rejection, useSimulator } from './helpers';

const FEATURES = [...ARCHIVE_DEPLOY_METHODS, ...GIT_DEPLOY_METHODS, ...LOG_METHODS, ...FILE_METHODS];

describe('platform/permissions', () => {
  const ctx = useSimulator();
  const client = () => new PlatformClient({ origin: ctx.sim.url });
  const session = async () => {
    const result = await signIn(client(), { login: ctx.sim.demo.login, password: ctx.sim.demo.password });
    assert.ok(result.kind === 'signedIn');
    return result.session;
  };

  it('names each method as token method lists do', () => {
    assert.equal(permissionOf('DeployArchive'), 'environment.deployment.DeployArchive');
    assert.equal(permissionOf('Upload'), 'storage.uploader.Upload');
    assert.equal(permissionOf('Read'), 'environment.file.Read');
    assert.equal(permissionOf('ReadLog'), 'environment.control.ReadLog');
    assert.throws(() => permissionOf('toString' as never), TypeError);
  });

  it('every permission the features need is one the platform lists (GetTokenApiList)', async () => {
    const listed = (await getTokenApiList(client(), await session())).map((item) => item.method);
    assert.deepEqual(missingPermissions(listed, FEATURES), []);
  });

  it('reads from the templates what a preset lacks: nothing for IDE Plugins here, everything for Marketplace', async () => {
    const templates = await getTokenTemplates(client(), await session());
    const methodsOf = (name: string) => templates.find((t) => t.name === name)?.methods ?? [];
    assert.deepEqual(missingPermissions(methodsOf('IDE Plugins'), FEATURES), []);
    assert.deepEqual(missingPermissions(methodsOf('Marketplace'), LOG_METHODS), [
      'environment.control.GetLogsList',
      'environment.control.ReadLog',
    ]);
    assert.deepEqual(missingPermissions(['STORAGE.uploader.upload'], ['Upload']), [], 'case does not matter');
  });

  it('says which permission an 8202 refusal is about, from the platform words or the call', async () => {
    const marketplace = ctx.sim.createToken({ login: ctx.sim.demo.login, template: 'Marketplace' });
    const input = { envName: 'shop-prod', nodeId: 1102, path: '/var/log/run.log' };
    const refused = await rejection(readLog(client(), marketplace.key, input));
    assert.ok(refused instanceof PlatformError && refused.result === 8202, String(refused));
    assert.equal(refusedPermission(refused), 'environment.control.ReadLog');

    ctx.sim.faults.add({ method: 'ReadLog', kind: 'json', body: { result: 8202, error: 'permission denied' } });
    assert.equal(refusedPermission(await rejection(readLog(client(), marketplace.key, input))), 'environment.control.ReadLog');

    const other = await rejection(readLog(client(), ctx.sim.demo.token, { ...input, path: '/none' }));
    assert.equal(refusedPermission(other), undefined);
    assert.equal(refusedPermission(new Error('x')), undefined);
  });
});
