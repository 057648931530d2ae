import { setTimeout as delay } from 'node:timers/promises';
import { addDays, addMonths } from '#domain';
import { BUCKINGHAMSHIRE_COUNTY, HAMPSHIRE, ISLE_OF_WIGHT, TORBAY } from './councils.js';
import { TORBAY_LENDING_TEAM } from './demo-workforce.js';

export interface DemoKey {
  role: string;
  name: string;
  councilCode: string | null;
  key: string;
}

type Call = (method: string, path: string, key: string, body?: unknown) => Promise<Record<string, unknown>>;

/**
 * The demo's people, one per role a council's staff hold: each gets an API key, and is invited by
 * email so the development identity provider can sign them in (its account id is their subject).
 */
export const DEMO_PEOPLE = [
  {
    name: 'Chief Executive, Hampshire County Council',
    role: 'chief_executive',
    councilCode: HAMPSHIRE,
    accountId: 'hampshire-chief-executive',
  },
  { name: 'Director of Children’s Services, Hampshire', role: 'director', councilCode: HAMPSHIRE, accountId: 'hampshire-director' },
  { name: 'HR, Hampshire County Council', role: 'hr', councilCode: HAMPSHIRE, accountId: 'hampshire-hr' },
  {
    name: 'Democratic Services, Hampshire',
    role: 'democratic_services',
    councilCode: HAMPSHIRE,
    accountId: 'hampshire-democratic-services',
  },
  { name: 'Scrutiny, Hampshire', role: 'scrutiny', councilCode: HAMPSHIRE, accountId: 'hampshire-scrutiny' },
  {
    name: 'Chief Executive, Buckinghamshire County Council',
    role: 'chief_executive',
    councilCode: BUCKINGHAMSHIRE_COUNTY,
    accountId: 'buckinghamshire-chief-executive',
  },
  {
    name: 'Chief Executive, Isle of Wight Council',
    role: 'chief_executive',
    councilCode: ISLE_OF_WIGHT,
    accountId: 'isle-of-wight-chief-executive',
  },
  { name: 'Chief Executive, Torbay Council', role: 'chief_executive', councilCode: TORBAY, accountId: 'torbay-chief-executive' },
  { name: 'DfE Commissioner', role: 'commissioner', councilCode: null, accountId: 'dfe-commissioner' },
] as const;

/** The address a demo person is invited by (a reserved domain: no mail goes anywhere). */
export function demoEmailOf(person: { accountId: string }): string {
  return `${person.accountId}@accord-demo.example`;
}

/**
 * After a first start, walks the demo through the real API: a key for each role, then the
 * Isle of Wight and Torbay partnerships taken through the workflow to active (recorded after
 * their planned ends, both then exit at once). Three Winchester practitioners are lent to Torbay
 * at 0.5 FTE from January 2017 and come home at the end of June 2018; the same three are then
 * proposed for the Buckinghamshire draft's first year, which stays a draft for the user to walk.
 */
export async function walkDemo(baseUrl: string, adminKey: string): Promise<DemoKey[]> {
  const call: Call = async (method, path, key, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`demo: ${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  };
  const keys: DemoKey[] = [];
  for (const person of DEMO_PEOPLE) {
    const principal = await call('POST', '/api/v1/principals', adminKey, {
      kind: 'person',
      name: person.name,
      role: person.role,
      councilCode: person.councilCode ?? undefined,
      email: demoEmailOf(person),
    });
    const issued = await call('POST', `/api/v1/principals/${principal.id}/api-keys`, adminKey, {});
    keys.push({ role: person.role, name: person.name, councilCode: person.councilCode, key: String(issued.key) });
  }
  const keyOf = (name: string) => keys.find((key) => key.name === name)?.key as string;
  const hampshire = {
    chief: keyOf(DEMO_PEOPLE[0].name),
    director: keyOf(DEMO_PEOPLE[1].name),
    hr: keyOf(DEMO_PEOPLE[2].name),
    clerk: keyOf(DEMO_PEOPLE[3].name),
  };
  await takeToActive(call, hampshire, keyOf(DEMO_PEOPLE[6].name), {
    title: 'Hampshire and Isle of Wight children’s services partnership',
    supportedCouncilCode: ISLE_OF_WIGHT,
    plannedStart: '2013-04-01',
    plannedEnd: '2024-01-31',
    kind: 'improvement_partner',
    decisionDate: '2013-02-18',
  });
  const practitioners = await lendingPractitioners(call, hampshire.hr);
  await takeToActive(
    call,
    hampshire,
    keyOf(DEMO_PEOPLE[7].name),
    {
      title: 'Hampshire support to Torbay children’s services',
      supportedCouncilCode: TORBAY,
      plannedStart: '2016-06-01',
      plannedEnd: '2018-06-30',
      kind: 'improvement_adviser',
      decisionDate: '2016-05-16',
    },
    {
      // Proposed with the draft, so the capacity check counts them; approved once Cabinet has decided.
      beforeSubmitting: (id) => propose(call, hampshire.hr, id, practitioners, { start: '2017-01-09', end: '2018-06-30' }),
      beforeSigning: (proposed) => approve(call, hampshire.hr, proposed),
    },
  );
  const buckinghamshire = (
    await call('GET', `/api/v1/partnerships?supportedCouncilCode=${BUCKINGHAMSHIRE_COUNTY}&stage=draft`, hampshire.chief)
  ).items as { id: string; plannedStart: string }[];
  for (const draft of buckinghamshire) {
    await propose(call, hampshire.hr, draft.id, practitioners, {
      start: draft.plannedStart,
      end: addDays(addMonths(draft.plannedStart, 12), -1),
    });
  }
  return keys;
}

async function takeToActive(
  call: Call,
  hampshire: { chief: string; director: string; clerk: string },
  supportedChief: string,
  partnership: {
    title: string;
    supportedCouncilCode: string;
    plannedStart: string;
    plannedEnd: string;
    kind: string;
    decisionDate: string;
  },
  secondments?: {
    beforeSubmitting: (partnershipId: string) => Promise<string[]>;
    beforeSigning: (secondmentIds: string[]) => Promise<void>;
  },
): Promise<string> {
  const { decisionDate, ...fields } = partnership;
  const created = await call('POST', '/api/v1/partnerships', hampshire.chief, { ...fields, leadCouncilCode: HAMPSHIRE });
  const id = String(created.id);
  const proposed = (await secondments?.beforeSubmitting(id)) ?? [];
  await call('POST', `/api/v1/partnerships/${id}/actions/submit`, hampshire.chief, { comment: 'For the director’s review' });
  await call('POST', `/api/v1/partnerships/${id}/actions/endorse`, hampshire.director, { comment: 'Endorsed' });
  // The demo's teams are sized so its checks pass or warn and go on by themselves; a failure is a defect in the demo data.
  for (let attempt = 0; ; attempt += 1) {
    const read = await call('GET', `/api/v1/partnerships/${id}`, hampshire.chief);
    if (read.stage === 'cabinet_decision') break;
    const next = (read.nextAction as { action?: string } | null)?.action ?? '';
    if (next.startsWith('the capacity check failed') || attempt >= 600) {
      throw new Error(`demo: ${partnership.title} did not pass its capacity check: ${next}`);
    }
    await delay(100);
  }
  await call('POST', `/api/v1/partnerships/${id}/actions/cabinet-decision`, hampshire.clerk, {
    title: partnership.title,
    decisionMaker: 'cabinet',
    meetingName: 'Cabinet',
    meetingDate: decisionDate,
    decisionText: `That Cabinet approves: ${partnership.title}.`,
    status: 'recommendations_approved',
    isKeyDecision: false,
    subjectToCallIn: false,
    decisionDate,
    publicationDate: decisionDate,
  });
  await secondments?.beforeSigning(proposed);
  await call('POST', `/api/v1/partnerships/${id}/actions/sign`, supportedChief, {});
  await call('POST', `/api/v1/partnerships/${id}/actions/sign`, hampshire.chief, {});
  return id;
}

/** The three senior practitioners of the Winchester team that the story lends, first to Torbay. */
async function lendingPractitioners(call: Call, hr: string): Promise<string[]> {
  const teams = (await call('GET', `/api/v1/teams?councilCode=${HAMPSHIRE}&limit=100`, hr)).items as { id: string; name: string }[];
  const team = teams.find((candidate) => candidate.name === TORBAY_LENDING_TEAM);
  if (!team) throw new Error(`demo: no team named ${TORBAY_LENDING_TEAM}`);
  const staff = (await call('GET', `/api/v1/staff?teamId=${team.id}&role=senior_practitioner&limit=3`, hr)).items as { id: string }[];
  return staff.map((member) => member.id);
}

/** HR proposes each practitioner at 0.5 FTE over the period; answers the secondments' ids. */
async function propose(
  call: Call,
  hr: string,
  partnershipId: string,
  staff: string[],
  period: { start: string; end: string },
): Promise<string[]> {
  const ids: string[] = [];
  for (const staffMemberId of staff) {
    const secondment = await call('POST', '/api/v1/secondments', hr, { staffMemberId, partnershipId, fte: 0.5, ...period });
    ids.push(String(secondment.id));
  }
  return ids;
}

async function approve(call: Call, hr: string, secondmentIds: string[]): Promise<void> {
  for (const id of secondmentIds) await call('POST', `/api/v1/secondments/${id}/approve`, hr);
}
