import { spawn } from 'node:child_process';
import type { SchemathesisCommand } from '#local-stack';
import { BUCKINGHAMSHIRE, HAMPSHIRE, TORBAY } from './api-keys.js';

/** A council made for the fuzz run alone, so the fuzzer may abolish it without touching the story's councils. */
export const FUZZ_COUNCIL = 'E06099999';

/** Ids of real records, so that fuzzed requests reach past "no such record" into the handlers. */
export interface FuzzRecords {
  councils: string[];
  teams: string[];
  staff: string[];
  partnerships: string[];
  risks: string[];
  interventions: string[];
  decisionRecords: string[];
  secondments: string[];
  principals: string[];
  apiKeys: string[];
}

async function post(baseUrl: string, key: string, path: string, body: unknown): Promise<{ id: string }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { id: string };
  if (!response.ok) throw new Error(`seeding ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer;
}

/** One record of each kind, made over HTTP with an admin key, as the story's people would. */
export async function seedFuzzRecords(baseUrl: string, adminKey: string): Promise<FuzzRecords> {
  const create = (path: string, body: unknown) => post(baseUrl, adminKey, path, body).then((record) => record.id);
  await post(baseUrl, adminKey, '/api/v1/councils', {
    code: FUZZ_COUNCIL,
    name: 'Fuzz Borough Council',
    type: 'unitary',
    region: 'South East',
  });
  const team = await create('/api/v1/teams', {
    councilCode: HAMPSHIRE,
    name: 'Children in Care, Winchester',
    establishmentFte: 24.5,
    retentionFloor: 0.6,
  });
  const staffMember = await create('/api/v1/staff', {
    teamId: team,
    displayName: 'Synthetic Worker 042',
    role: 'senior_practitioner',
    contractedFte: 1,
    employmentStart: '2015-09-01',
  });
  const partnership = await create('/api/v1/partnerships', {
    title: 'Hampshire support for Buckinghamshire children’s services',
    leadCouncilCode: HAMPSHIRE,
    supportedCouncilCode: BUCKINGHAMSHIRE,
    plannedStart: '2018-05-01',
    plannedEnd: '2022-03-31',
  });
  const risk = await create(`/api/v1/partnerships/${partnership}/risks`, {
    category: 'travel_distance',
    rating: 'medium',
    description: 'Buckinghamshire is about 80 miles away',
  });
  const intervention = await create('/api/v1/interventions', {
    supportedCouncilCode: BUCKINGHAMSHIRE,
    triggerJudgement: 'inadequate',
    triggerJudgementDate: '2017-11-24',
  });
  const decisionRecord = await create('/api/v1/decision-records', {
    councilCode: HAMPSHIRE,
    title: 'Improvement partnership with Buckinghamshire County Council',
    decisionMaker: 'cabinet',
    decisionText: 'That Cabinet approves Hampshire acting as improvement partner to Buckinghamshire',
    status: 'recommendations_approved',
    isKeyDecision: false,
    subjectToCallIn: false,
    decisionDate: '2018-04-16',
    publicationDate: '2018-04-16',
  });
  const secondment = await create('/api/v1/secondments', {
    staffMemberId: staffMember,
    partnershipId: partnership,
    fte: 0.5,
    start: '2018-06-01',
    end: '2019-05-31',
  });
  const principal = await create('/api/v1/principals', {
    name: 'Hampshire HR integration',
    kind: 'service_account',
    role: 'integrator',
    councilCode: HAMPSHIRE,
  });
  const apiKey = await create(`/api/v1/principals/${principal}/api-keys`, {});
  return {
    councils: [HAMPSHIRE, BUCKINGHAMSHIRE, TORBAY, FUZZ_COUNCIL],
    teams: [team],
    staff: [staffMember],
    partnerships: [partnership],
    risks: [risk],
    interventions: [intervention],
    decisionRecords: [decisionRecord],
    secondments: [secondment],
    principals: [principal],
    apiKeys: [apiKey],
  };
}

/** Where, in which operations, each kind of record's ids are offered to the fuzzer. */
const BINDINGS: { paths: string; parameters: Record<string, keyof FuzzRecords> }[] = [
  { paths: '^/api/v1/councils/\\{code\\}/abolish$', parameters: { 'path.code': 'councils' } },
  { paths: '^/api/v1/councils/\\{code\\}(?!/abolish)', parameters: { 'path.code': 'councils' } },
  { paths: '^/api/v1/teams/\\{id\\}', parameters: { 'path.id': 'teams' } },
  { paths: '^/api/v1/staff/\\{id\\}', parameters: { 'path.id': 'staff', 'body.teamId': 'teams' } },
  { paths: '^/api/v1/staff$', parameters: { 'body.teamId': 'teams', 'query.teamId': 'teams' } },
  { paths: '^/api/v1/teams$', parameters: { 'body.councilCode': 'councils', 'query.councilCode': 'councils' } },
  { paths: '^/api/v1/partnerships/\\{id\\}', parameters: { 'path.id': 'partnerships' } },
  { paths: '^/api/v1/partnerships/\\{partnershipId\\}', parameters: { 'path.partnershipId': 'partnerships', 'path.riskId': 'risks' } },
  { paths: '^/api/v1/partnerships$', parameters: { 'body.leadCouncilCode': 'councils', 'body.supportedCouncilCode': 'councils' } },
  { paths: '^/api/v1/interventions', parameters: { 'path.id': 'interventions', 'body.supportedCouncilCode': 'councils' } },
  { paths: '^/api/v1/decision-records', parameters: { 'path.id': 'decisionRecords', 'body.partnershipId': 'partnerships' } },
  {
    paths: '^/api/v1/secondments',
    parameters: { 'path.id': 'secondments', 'body.staffMemberId': 'staff', 'body.partnershipId': 'partnerships' },
  },
  { paths: '^/api/v1/principals/\\{id\\}', parameters: { 'path.id': 'principals' } },
  { paths: '^/api/v1/api-keys/\\{id\\}', parameters: { 'path.id': 'apiKeys' } },
];

/** How often a bound parameter takes a real id rather than a generated value. */
const REAL_ID_PROBABILITY = 0.6;

const tomlString = (value: string) => JSON.stringify(value);

/**
 * schemathesis.toml offering the seeded records' ids. The abolish operation is offered only
 * the fuzz council, so the story's councils stay in place for the rest of the run.
 */
export function schemathesisConfig(records: FuzzRecords): string {
  const dictionaries = Object.entries(records).map(
    ([name, values]) => `[dictionaries.${name}]\nvalues = [${values.map(tomlString).join(', ')}]\n`,
  );
  const abolishable = `[dictionaries.abolishable]\nvalues = [${tomlString(FUZZ_COUNCIL)}]\n`;
  const operations = BINDINGS.map(({ paths, parameters }) => {
    const bound = Object.entries(parameters).map(([parameter, dictionary]) => {
      const name = paths.includes('abolish$') ? 'abolishable' : dictionary;
      return `${tomlString(parameter)} = { dictionary = ${tomlString(name)}, probability = ${REAL_ID_PROBABILITY} }`;
    });
    return `[[operations]]\ninclude-path-regex = ${tomlString(paths)}\nparameters = { ${bound.join(', ')} }\n`;
  });
  // Top-level keys before any table. schemathesis gives up on a request after 10 s by default
  // and reports it as a runtime error; on a loaded CI machine an action that waits on its
  // workflow can take that long without anything being wrong. A hang still fails the run.
  const requests = 'request-timeout = 30\n';
  return [requests, ...dictionaries, abolishable, ...operations].join('\n');
}

export interface FuzzRun {
  exitCode: number | null;
  output: string;
  /** Test cases schemathesis generated and sent. */
  cases: number;
}

/** Runs schemathesis once over every operation; resolves when it exits, with its summary. */
export function runSchemathesis(options: {
  schemathesis: SchemathesisCommand;
  openApiUrl: string;
  apiKey: string;
  configFile: string;
  cwd: string;
  seed: number;
  /** Which of schemathesis' phases to run, e.g. `examples,coverage,fuzzing`. */
  phases: string;
  maxExamples: number;
  timeoutMs: number;
}): Promise<FuzzRun> {
  const args = [
    ...options.schemathesis.args,
    '--config-file',
    options.configFile,
    'run',
    options.openApiUrl,
    '--header',
    `Authorization: Bearer ${options.apiKey}`,
    '--checks',
    'not_a_server_error,response_schema_conformance',
    '--phases',
    options.phases,
    '--seed',
    String(options.seed),
    '--max-examples',
    String(options.maxExamples),
    '--generation-database',
    'none',
    '--workers',
    '2',
    '--no-color',
    '--output-truncate',
    'false',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(options.schemathesis.command, args, {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (exitCode) => {
      clearTimeout(timer);
      const cases = Number(/(\d+) generated/.exec(output)?.[1] ?? 0);
      resolve({ exitCode, output, cases });
    });
  });
}
