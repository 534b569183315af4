import * as assert from 'node:assert/strict';
import { SessionEndedError } from '../../../src/accounts/managementSessions';
import { MissingTokenError } from '../../../src/environments/model/envErrors';
import { NetworkError, PlatformError, ResultCode, TimeoutError } from '../../../src/platform';
import { describeFailure } from '../../../src/ui/failure';

const call = { method: 'StopEnv', host: 'app.example.com' };
const platform = (result: number, platformMessage?: string) => new PlatformError(call, { result, platformMessage });

describe('ui/failure: the one table of what a failure means', () => {
  it('a refused token (702) offers Replace Token; a refused sign-in asks to sign in again', () => {
    const token = describeFailure(platform(ResultCode.NotAuthenticated), { operation: 'Stop Shop', usedToken: true });
    assert.equal(token.message, 'Stop Shop failed: the access token is invalid, expired or revoked.');
    assert.equal(token.summary, 'Access token invalid, expired or revoked');
    assert.deepEqual(token.actions, ['replaceToken', 'showLog']);
    const session = describeFailure(platform(ResultCode.NotAuthenticated), { operation: 'Loading the access tokens' });
    assert.deepEqual(session.actions, ['signInToManageTokens']);
  });

  it('a token without the method (8202) names it in words and offers Edit Token and an IDE Plugins token', () => {
    const failure = describeFailure(platform(ResultCode.PermissionDenied), { operation: 'Stop Shop', usedToken: true });
    assert.equal(
      failure.message,
      'Stop Shop failed: this token may not use environment.control.StopEnv (stop environments). Edit the token to allow it, or generate an IDE Plugins token.',
    );
    assert.equal(failure.summary, 'This token may not use environment.control.StopEnv');
    assert.deepEqual(failure.actions, ['editToken', 'generateIdePluginsToken', 'showLog']);
    assert.equal(failure.permission, 'environment.control.StopEnv');
  });

  it('8202 names the permission the platform names, and a command wrapper that cannot tell gets the same guidance', () => {
    const write = new PlatformError({ method: 'Write', host: 'h' }, { result: 8202, platformMessage: 'permission denied: required permissions: environment.file.Write' });
    const failure = describeFailure(write, { operation: 'Saving tomcat9.conf' });
    assert.match(failure.message, /this token may not use environment\.file\.Write \(write node files\)\./);
    assert.deepEqual(failure.actions, ['editToken', 'generateIdePluginsToken', 'showLog']);
    assert.equal(failure.permission, 'environment.file.Write');
    const unknown = describeFailure(platform(8202, 'required permissions: marketplace.jps.Install'), { operation: 'x' });
    assert.match(unknown.message, /may not use marketplace\.jps\.Install\. /, 'a method VS Code does not call is named as it is');
    const session = describeFailure(platform(8202, 'denied by role'), { operation: 'Stop Shop', usedToken: false });
    assert.equal(session.message, 'Stop Shop failed: permission denied (denied by role).');
    assert.deepEqual(session.actions, ['showLog'], 'a sign-in session has no token to edit');
  });

  it('2212 says the state when it is known', () => {
    const failure = describeFailure(platform(ResultCode.NotAllowedInStatus), { operation: 'Stop Shop', currentState: 'stopped' });
    assert.equal(failure.message, 'Stop Shop failed: not allowed while the environment is stopped.');
  });

  it('errors of our own carry their next step: a missing token, an ended sign-in', () => {
    const missing = describeFailure(new MissingTokenError('a1'), { operation: 'Loading the environments' });
    assert.equal(missing.message, 'Loading the environments failed: VS Code has no access token stored for this account.');
    assert.equal(missing.summary, 'No access token stored');
    assert.deepEqual(missing.actions, ['replaceToken']);
    const ended = describeFailure(new SessionEndedError('app.example.com'), { operation: 'Editing the token' });
    assert.equal(ended.message, 'Editing the token failed: the sign-in to manage tokens on app.example.com has ended. Sign in again.');
    assert.deepEqual(ended.actions, ['signInToManageTokens']);
  });

  it('an unreachable platform is summed up by its host; an unknown code quotes the platform', () => {
    assert.equal(describeFailure(new TimeoutError(call, 30_000), { operation: 'x' }).summary, 'Cannot reach app.example.com');
    assert.equal(describeFailure(new NetworkError(call, 'ECONNREFUSED'), { operation: 'x' }).summary, 'Cannot reach app.example.com');
    const unknown = describeFailure(platform(4242, 'quota exceeded'), { operation: 'Stop Shop' });
    assert.match(unknown.message, /^Stop Shop failed: StopEnv answered 4242 \(.*\)\. The platform says: quota exceeded$/);
    assert.deepEqual(unknown.actions, ['showLog']);
  });

  it('failed deploys (4060, 4071, 4072) each say what went wrong and what to do', () => {
    const deploy = (result: number, words?: string) =>
      describeFailure(new PlatformError({ method: 'DeployArchive', host: 'app.example.com' }, { result, platformMessage: words }), { operation: 'Deploy app.war to Shop', usedToken: true });
    assert.equal(
      deploy(ResultCode.ArchiveDamaged, 'archive [app.war] is damaged').message,
      'Deploy app.war to Shop failed: the platform could not open the archive (DeployArchive answered 4071: damaged). Rebuild it and deploy again. The platform says: archive [app.war] is damaged',
    );
    assert.equal(deploy(ResultCode.ArchiveEmpty).message, 'Deploy app.war to Shop failed: the archive is empty (DeployArchive answered 4072). Check the build that made it.');
    assert.match(deploy(ResultCode.DeployFailed).message, /could not deploy it \(DeployArchive answered 4060\)\. The deploy output has the nodes’ log\.$/);
    assert.deepEqual(deploy(ResultCode.DeployFailed).actions, ['showLog']);
  });

  it('a bug of ours shows no text of its own (it may be anything) and points to the log', () => {
    const failure = describeFailure(new Error('secret-looking internals'), { operation: 'Stop Shop' });
    assert.equal(failure.message, 'Stop Shop failed unexpectedly. The log has the details.');
    assert.doesNotMatch(failure.message + (failure.summary ?? ''), /internals/);
    assert.deepEqual(failure.actions, ['showLog']);
  });
});
