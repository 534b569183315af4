// The rule for methods the OpenAPI export subset does not declare: their replies are held to the shape
// platform-api.md documents, completed by the simulator's own choices where it says [?] (test/simulator/
// deploymentGuesses.ts, guesses.ts). Each shape names its source. Every key is listed, so a key the simulator adds
// without documenting it — or a value of another type — still fails the contract: drift is caught here too.

import { ApiMethod } from '../../../src/platform/methods';
import { ENV_INFO_SAMPLE, namedSchema, Schema } from './reference';

export interface UndeclaredReply {
  /** Where the shape comes from, with its certainty: shown in the test's title. */
  readonly source: string;
  readonly schema: Schema;
  /** A real answer of the same kind, where there is one (field names from real JSON). */
  readonly sample?: unknown;
}

const STRING: Schema = { type: 'string' };
const INTEGER: Schema = { type: 'integer' };
const STRINGS: Schema = { type: 'array', items: STRING };
/** The platform's date format, as the export declares it for its dates. */
const DATE: Schema = { type: 'string', format: 'date', pattern: '(\\d{4})-(\\d{2})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2})' };

const object = (properties: Record<string, Schema>): Schema => ({ type: 'object', additionalProperties: false, properties });
const arrayOf = (items: Schema): Schema => ({ type: 'array', items });

/** Every reply is a com.hivext.api.Response (result, error, reason, source) [C: export] plus its own keys. */
const reply = (properties: Record<string, Schema> = {}): Schema =>
  object({ ...namedSchema('com.hivext.api.Response').properties, ...properties });

const softNodeGroup = namedSchema('SoftNodeGroup');
const nodeGroupsSample = (ENV_INFO_SAMPLE as { nodeGroups?: unknown }).nodeGroups;
const DOC = 'platform-api.md "Deployment, logs and node files"';
const GUESSES = 'test/simulator/deploymentGuesses.ts';

export const UNDECLARED_REPLIES: Readonly<Partial<Record<ApiMethod, UndeclaredReply>>> = {
  Verify2FACode: {
    source: 'the Signin answer (AuthenticationResponse), the closest declared shape [?: platform-api.md "Two-factor sign-in"]',
    schema: namedSchema('com.hivext.api.server.users.response.AuthenticationResponse'),
  },
  Upload: {
    source: `${DOC}: {result, file, name, size} [C: Maven plugin uploader_ok.json]`,
    schema: reply({ file: STRING, name: STRING, size: INTEGER }),
  },
  DeployArchive: {
    source: `${DOC}: NodeSSHResponses, per-node out/result [L]; responses[]{nodeid, result, out} or one response{result, out} [?: ${GUESSES}]`,
    schema: reply({
      responses: arrayOf(object({ nodeid: INTEGER, result: INTEGER, out: STRING })),
      response: object({ result: INTEGER, out: STRING }),
    }),
  },
  AddRepo: {
    source: `${DOC}: AddRepo(name, url, type, branch) [C]; its answer {repo:{id, name, url, type, branch}} [?: ${GUESSES}]`,
    schema: reply({ repo: object({ id: INTEGER, name: STRING, url: STRING, type: { type: 'string', enum: ['GIT', 'SVN'] }, branch: STRING }) }),
  },
  Deploy: {
    source: `${DOC}: VcsUpdateResponse{log, message} [C]`,
    schema: reply({ log: STRING, message: STRING }),
  },
  Update: {
    source: `${DOC}: VcsUpdateResponse{log, message} [C]`,
    schema: reply({ log: STRING, message: STRING }),
  },
  GetDeployments: {
    source: `the export's SoftNodeGroup.deployments items [C]; under the key "array" [?: ${GUESSES}]`,
    schema: reply({ array: softNodeGroup.properties?.deployments ?? {} }),
  },
  GetNodeGroups: {
    source: `the export's SoftNodeGroup and the real GetEnvInfo sample's nodeGroups [C]; under the key "object" [?: ${GUESSES}]`,
    schema: reply({ object: arrayOf(softNodeGroup) }),
    sample: { object: nodeGroupsSample },
  },
  GetLogsList: {
    source: `${DOC}: {directories, groups, rotatedLogs, path} [C]; the members' shapes [?: ${GUESSES}]`,
    schema: reply({ path: STRING, directories: STRINGS, groups: { type: 'object', additionalProperties: STRINGS }, rotatedLogs: STRINGS }),
  },
  ReadLog: {
    source: `${DOC}: {body, linescount} [C]`,
    schema: reply({ body: STRING, linescount: INTEGER }),
  },
  GetList: {
    source: `${DOC}: GetList(envName, path, [filter]) [C]; its answer {list:[{name, type, size, lastModified}]} [?: ${GUESSES}]`,
    schema: reply({ list: arrayOf(object({ name: STRING, type: { type: 'string', enum: ['file', 'directory'] }, size: INTEGER, lastModified: DATE })) }),
  },
  Read: {
    source: `${DOC}: Read(envName, path, [nodeid|nodeGroup|nodeType]) [C]; its answer {body} [?: test/simulator/handlers/files.ts]`,
    schema: reply({ body: STRING }),
  },
  Write: {
    source: `${DOC}: Write(envName, path, body, [isAppendMode]) [C]; a plain Response [?]`,
    schema: reply(),
  },
};
