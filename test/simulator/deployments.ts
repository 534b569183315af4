// What deploys need to remember: stored uploads, registered repositories, what is deployed where, and failures a
// test has asked for.

import { randomBytes } from 'node:crypto';
import { DEFAULT_DEPLOYMENT_VARIANTS, downloadPath, DeploymentVariants } from './deploymentGuesses';

export interface StoredUpload {
  readonly id: string;
  readonly ownerUid: number;
  readonly name: string;
  readonly data: Buffer;
  /** The path part of its download URL (the origin is the simulator's). */
  readonly path: string;
}

export interface Repo {
  readonly id: number;
  readonly ownerUid: number;
  readonly name: string;
  readonly url: string;
  readonly type: string;
  readonly branch: string;
}

export interface Deployed {
  readonly context: string;
  readonly name: string;
  readonly type: 'ARCHIVE' | 'GIT' | 'SVN';
  /** The repository of a Git/SVN deployment. */
  readonly repo?: Repo;
}

export class DeploymentStore {
  readonly variants: DeploymentVariants = { ...DEFAULT_DEPLOYMENT_VARIANTS };
  private readonly uploads = new Map<string, StoredUpload>();
  private readonly repos: Repo[] = [];
  /** envName → node group → context → deployment. */
  private readonly deployed = new Map<string, Map<string, Map<string, Deployed>>>();
  private readonly failures: number[] = [];
  private nextRepoId = 1;

  storeUpload(ownerUid: number, name: string, data: Buffer): StoredUpload {
    const id = randomBytes(12).toString('hex');
    const upload = { id, ownerUid, name, data, path: downloadPath(id) };
    this.uploads.set(upload.path, upload);
    return upload;
  }

  /** The upload a download URL points to, when it is one of ours. */
  uploadAt(url: string): StoredUpload | undefined {
    try {
      return this.uploads.get(new URL(url).pathname);
    } catch {
      return undefined;
    }
  }

  allUploads(): StoredUpload[] {
    return [...this.uploads.values()];
  }

  addRepo(spec: Omit<Repo, 'id'>): Repo {
    const repo = { ...spec, id: this.nextRepoId++ };
    this.repos.push(repo);
    return repo;
  }

  /** A repository of the account, by name or id. */
  findRepo(ownerUid: number, nameOrId: string): Repo | undefined {
    return this.repos.find((repo) => repo.ownerUid === ownerUid && (repo.name === nameOrId || String(repo.id) === nameOrId));
  }

  record(envName: string, nodeGroup: string, deployment: Deployed): void {
    const groups = this.deployed.get(envName) ?? new Map<string, Map<string, Deployed>>();
    const contexts = groups.get(nodeGroup) ?? new Map<string, Deployed>();
    contexts.set(deployment.context, deployment);
    groups.set(nodeGroup, contexts);
    this.deployed.set(envName, groups);
  }

  deploymentsOf(envName: string, nodeGroup: string): Deployed[] {
    return [...(this.deployed.get(envName)?.get(nodeGroup)?.values() ?? [])];
  }

  /** The next deploy (archive or Git) fails with `result` after its time has passed. */
  failNext(result: number): void {
    this.failures.push(result);
  }

  takeFailure(): number | undefined {
    return this.failures.shift();
  }
}
