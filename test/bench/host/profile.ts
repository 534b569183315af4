// `VAP_BENCH_PROFILE=<dir>`: the bench hosts write a V8 CPU profile of what they time (open it in Chrome's DevTools
// or VS Code), to see where the time goes. Profiling slows what it watches: the figures of such a run are not the
// bench's; without the variable nothing here runs.

import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as path from 'node:path';

/** Runs `work` under the CPU profiler when the bench asked for profiles; writes `<dir>/<name>.cpuprofile`. */
export async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  const dir = process.env.VAP_BENCH_PROFILE;
  if (dir === undefined || dir === '') return work();
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 50 });
  await post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}
