import { setTimeout as delay } from 'node:timers/promises';
import { BUCKINGHAMSHIRE_COUNTY, HAMPSHIRE, ISLE_OF_WIGHT, TORBAY } from './councils.js';

export interface DemoKey {
  role: string;
  name: string;
  councilCode: string | null;
  key: string;
}

type Call = (method: string, path: string, key: string, body?: unknown) => Promise<Record<string, unknown>>;

const DEMO_PEOPLE = [
  { name: 'Chief Executive, Hampshire County Council', role: 'chief_executive', councilCode: HAMPSHIRE },
  { name: 'Director of Children’s Services, Hampshire', role: 'director', councilCode: HAMPSHIRE },
  { name: 'HR, Hampshire County Council', role: 'hr', councilCode: HAMPSHIRE },
  { name: 'Democratic Services, Hampshire', role: 'democratic_services', councilCode: HAMPSHIRE },
  { name: 'Scrutiny, Hampshire', role: 'scrutiny', councilCode: HAMPSHIRE },
  { name: 'Chief Executive, Buckinghamshire County Council', role: 'chief_executive', councilCode: BUCKINGHAMSHIRE_COUNTY },
  { name: 'Chief Executive, Isle of Wight Council', role: 'chief_executive', councilCode: ISLE_OF_WIGHT },
  { name: 'Chief Executive, Torbay Council', role: 'chief_executive', councilCode: TORBAY },
  { name: 'DfE Commissioner', role: 'commissioner', councilCode: null },
] as const;

/**
 * After a first start, walks the demo through the real API: a key for each role, then the
 * Isle of Wight and Torbay partnerships taken through the workflow to active (Torbay's
 * secondments ending mid-2018, freeing Hampshire staff for Buckinghamshire). The
 * Buckinghamshire partnership stays a draft for the user to walk.
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
      ...person,
      councilCode: person.councilCode ?? undefined,
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
    (id) => lendTorbayStaff(call, hampshire.hr, id),
  );
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
  beforeSigning?: (partnershipId: string) => Promise<void>,
): Promise<string> {
  const { decisionDate, ...fields } = partnership;
  const created = await call('POST', '/api/v1/partnerships', hampshire.chief, { ...fields, leadCouncilCode: HAMPSHIRE });
  const id = String(created.id);
  await call('POST', `/api/v1/partnerships/${id}/actions/submit`, hampshire.chief, { comment: 'For the director’s review' });
  await call('POST', `/api/v1/partnerships/${id}/actions/endorse`, hampshire.director, { comment: 'Endorsed' });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const read = await call('GET', `/api/v1/partnerships/${id}`, hampshire.chief);
    if (read.stage === 'cabinet_decision') break;
    if (read.stage === 'capacity_check' && attempt > 20) {
      await call('POST', `/api/v1/partnerships/${id}/actions/override-capacity`, hampshire.chief, {
        reason: 'Demo: capacity accepted by the chief executive',
      });
      break;
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
  await beforeSigning?.(id);
  await call('POST', `/api/v1/partnerships/${id}/actions/sign`, supportedChief, {});
  await call('POST', `/api/v1/partnerships/${id}/actions/sign`, hampshire.chief, {});
  return id;
}

/** Three Hampshire practitioners lent to Torbay until the end of June 2018; the workflow starts and ends them with the partnership. */
async function lendTorbayStaff(call: Call, hr: string, partnershipId: string): Promise<void> {
  const staff = (await call('GET', '/api/v1/staff?role=senior_practitioner&limit=3', hr)).items as { id: string }[];
  for (const member of staff) {
    const secondment = await call('POST', '/api/v1/secondments', hr, {
      staffMemberId: member.id,
      partnershipId,
      fte: 0.5,
      start: '2017-01-09',
      end: '2018-06-30',
    });
    await call('POST', `/api/v1/secondments/${secondment.id}/approve`, hr);
  }
}
