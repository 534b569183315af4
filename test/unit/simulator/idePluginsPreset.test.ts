import { strict as assert } from 'node:assert';
import { post, signIn, useSimulator } from './helpers';

/** The IDE Plugins preset's list is not published [?]: the simulator plays it with and without deploy, logs and files. */
describe('simulator: the IDE Plugins preset variants', () => {
  const sim = useSimulator();
  const presetMethods = async (): Promise<string[]> => {
    const answer = await post(sim().url, 'users/authentication/GetTokenTemplates', { session: await signIn(sim()) });
    const templates = (answer as { templates?: { name: string; apiListItems: { method: string }[] }[] }).templates ?? [];
    return templates.find((template) => template.name === 'IDE Plugins')?.apiListItems.map((item) => item.method) ?? [];
  };

  it('by default the preset has node files; environmentsOnly lists it without them, and its new tokens are refused them', async () => {
    assert.ok((await presetMethods()).includes('environment.file.Write'));
    const before = sim().createToken({ login: sim().demo.login, template: 'IDE Plugins' });
    sim().variants.idePluginsPreset = 'environmentsOnly';
    const methods = await presetMethods();
    assert.ok(methods.includes('environment.control.StopEnv'), 'the environment methods stay');
    assert.ok(!methods.includes('environment.file.Write') && !methods.includes('storage.uploader.Upload'));
    const after = sim().createToken({ login: sim().demo.login, template: 'IDE Plugins' });
    const write = { envName: 'shop-prod', path: '/etc/hosts', body: 'x', nodeGroup: 'cp' };
    const refused = await post(sim().url, 'environment/file/Write', { session: after.key, ...write });
    assert.equal(refused.result, 8202);
    assert.match(refused.error ?? '', /required permissions: environment\.file\.Write/);
    const earlier = await post(sim().url, 'environment/file/Write', { session: before.key, ...write });
    assert.notEqual(earlier.result, 8202, 'a token made before the switch keeps its methods');
  });

  it('CreateToken with the preset follows the variant too', async () => {
    sim().variants.idePluginsPreset = 'environmentsOnly';
    const session = await signIn(sim());
    const created = await post(sim().url, 'users/authentication/CreateToken', {
      session,
      description: 'IDE',
      tokenTemplate: 'IDE Plugins',
      password: sim().demo.password,
    });
    assert.equal(created.result, 0);
    const methods = ((created as { token?: { apiListItems?: { method: string }[] } }).token?.apiListItems ?? []).map((item) => item.method);
    assert.ok(methods.includes('environment.control.GetEnvs') && !methods.includes('environment.control.ReadLog'));
  });
});
