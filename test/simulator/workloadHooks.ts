// Test hooks for deploys, logs and node files: change what is on a node behind the client's back, make the next
// deploy fail, switch the [?] variants, and see what was uploaded and deployed. No HTTP.

import { Deployed, StoredUpload } from './deployments';
import { DeploymentVariants } from './deploymentGuesses';
import { EnvNode } from './environments';
import { Platform } from './platform';

export interface UploadSnapshot {
  name: string;
  size: number;
  /** The download URL Upload answered with. */
  url: string;
  data: Buffer;
}

export class WorkloadHooks {
  constructor(private readonly platform: Platform) {}

  /** The [?] behaviours a client must cope with either way; change them at any time. */
  get variants(): DeploymentVariants {
    return this.platform.deployments.variants;
  }

  /** The next deploy (DeployArchive, Deploy or Update) fails with `result` (4060, 4071, 4072…) once its time is up. */
  failNextDeploy(result: number): void {
    this.platform.deployments.failNext(result);
  }

  /** Appends lines to a log (any file) on a node, as the running application would. */
  appendLog(envName: string, nodeId: number, path: string, lines: readonly string[]): void {
    this.platform.nodeFiles.append(this.node(envName, nodeId), path, lines.map((line) => `${line}\n`).join(''));
  }

  /** Creates or replaces a file on a node, as someone working on the node would. */
  putFile(envName: string, nodeId: number, path: string, content: string | Buffer, options: { readOnly?: boolean } = {}): void {
    this.platform.nodeFiles.put(this.node(envName, nodeId), path, content, options);
  }

  /** A file's text on a node, or undefined when there is none. */
  fileText(envName: string, nodeId: number, path: string): string | undefined {
    return this.platform.nodeFiles.get(this.node(envName, nodeId), path)?.data.toString('utf8');
  }

  uploads(): UploadSnapshot[] {
    return this.platform.deployments.allUploads().map((upload: StoredUpload) => ({
      name: upload.name,
      size: upload.data.length,
      url: this.platform.origin + upload.path,
      data: upload.data,
    }));
  }

  deployments(envName: string, nodeGroup: string): Deployed[] {
    return this.platform.deployments.deploymentsOf(envName, nodeGroup);
  }

  private node(envName: string, nodeId: number): EnvNode {
    const node = this.platform.environments.get(envName)?.nodes.find((candidate) => candidate.id === nodeId);
    if (!node) throw new Error(`simulator: no node ${nodeId} in ${envName}`);
    return node;
  }
}
