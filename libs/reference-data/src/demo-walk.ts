import { setTimeout as delay } from 'node:timers/promises';
import { createAccordClient, type AccordClient } from '#api-client';
import { addDays, addMonths } from '#domain';
import { BUCKINGHAMSHIRE_COUNTY, HAMPSHIRE, ISLE_OF_WIGHT, TORBAY } from './councils.js';
import { TORBAY_LENDING_TEAM } from './demo-workforce.js';

export interface DemoKey {
  role: string;
  name: string;
  councilCode: string | null;
  key: string;
}

/** An answer of the typed client: its data, or the problem details it was refused with. */
type Answer<T> = { data: T; error?: never; response: Response } | { data?: never; error: unknown; response: Response };

/** The data of a call that must succeed; a refusal is a defect in the demo, said in one line. */
async function must<T>(what: string, answer: Promise<Answer<T>>): Promise<NonNullable<T>> {
  const { data, error, response } = await answer;
  if (error !== undefined || data === undefined) {
    throw new Error(`demo: ${what} answered ${response.status}: ${JSON.stringify(error ?? null).slice(0, 300)}`);
  }
  return data as NonNullable<T>;
}

/** The demo's people, each calling Accord through the typed client with their own key. */
type As = (key: string) => AccordClient;

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
 * Isle of Wight and Torbay partnerships taken through the workflow to active (recorded after
 * their planned ends, both then exit at once). Three Winchester practitioners are lent to Torbay
 * at 0.5 FTE from January 2017 and come home at the end of June 2018; the same three are then
 * proposed for the Buckinghamshire draft's first year, which stays a draft for the user to walk.
 */
export async function walkDemo(baseUrl: string, adminKey: string): Promise<DemoKey[]> {
  const as: As = (key) => createAccordClient(baseUrl, key);
  const admin = as(adminKey);
  const keys: DemoKey[] = [];
  for (const person of DEMO_PEOPLE) {
    const principal = await must(
      `creating ${person.name}`,
      admin.POST('/api/v1/principals', { body: { kind: 'person', ...person, councilCode: person.councilCode ?? undefined } }),
    );
    const issued = await must(
      `issuing a key to ${person.name}`,
      admin.POST('/api/v1/principals/{id}/api-keys', { params: { path: { id: principal.id } }, body: {} }),
    );
    keys.push({ role: person.role, name: person.name, councilCode: person.councilCode, key: issued.key });
  }
  const keyOf = (name: string) => keys.find((key) => key.name === name)?.key as string;
  const hampshire = {
    chief: as(keyOf(DEMO_PEOPLE[0].name)),
    director: as(keyOf(DEMO_PEOPLE[1].name)),
    hr: as(keyOf(DEMO_PEOPLE[2].name)),
    clerk: as(keyOf(DEMO_PEOPLE[3].name)),
  };
  await takeToActive(hampshire, as(keyOf(DEMO_PEOPLE[6].name)), {
    title: 'Hampshire and Isle of Wight children’s services partnership',
    supportedCouncilCode: ISLE_OF_WIGHT,
    plannedStart: '2013-04-01',
    plannedEnd: '2024-01-31',
    kind: 'improvement_partner',
    decisionDate: '2013-02-18',
  });
  const practitioners = await lendingPractitioners(hampshire.hr);
  await takeToActive(
    hampshire,
    as(keyOf(DEMO_PEOPLE[7].name)),
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
      beforeSubmitting: (id) => propose(hampshire.hr, id, practitioners, { start: '2017-01-09', end: '2018-06-30' }),
      beforeSigning: (proposed) => approve(hampshire.hr, proposed),
    },
  );
  const drafts = await must(
    'listing the Buckinghamshire drafts',
    hampshire.chief.GET('/api/v1/partnerships', { params: { query: { supportedCouncilCode: BUCKINGHAMSHIRE_COUNTY, stage: 'draft' } } }),
  );
  for (const draft of drafts.items) {
    await propose(hampshire.hr, draft.id, practitioners, {
      start: draft.plannedStart,
      end: addDays(addMonths(draft.plannedStart, 12), -1),
    });
  }
  return keys;
}

async function takeToActive(
  hampshire: { chief: AccordClient; director: AccordClient; clerk: AccordClient },
  supportedChief: AccordClient,
  partnership: {
    title: string;
    supportedCouncilCode: string;
    plannedStart: string;
    plannedEnd: string;
    kind: 'improvement_partner' | 'improvement_adviser';
    decisionDate: string;
  },
  secondments?: {
    beforeSubmitting: (partnershipId: string) => Promise<string[]>;
    beforeSigning: (secondmentIds: string[]) => Promise<void>;
  },
): Promise<string> {
  const { decisionDate, ...fields } = partnership;
  const created = await must(
    `creating ${partnership.title}`,
    hampshire.chief.POST('/api/v1/partnerships', { body: { ...fields, leadCouncilCode: HAMPSHIRE } }),
  );
  const path = { id: created.id };
  const proposed = (await secondments?.beforeSubmitting(created.id)) ?? [];
  await must(
    'submitting',
    hampshire.chief.POST('/api/v1/partnerships/{id}/actions/submit', { params: { path }, body: { comment: 'For the director’s review' } }),
  );
  await must(
    'endorsing',
    hampshire.director.POST('/api/v1/partnerships/{id}/actions/endorse', { params: { path }, body: { comment: 'Endorsed' } }),
  );
  // The demo's teams are sized so its checks pass or warn and go on by themselves; a failure is a defect in the demo data.
  for (let attempt = 0; ; attempt += 1) {
    const read = await must('reading the partnership', hampshire.chief.GET('/api/v1/partnerships/{id}', { params: { path } }));
    if (read.stage === 'cabinet_decision') break;
    const next = read.nextAction?.action ?? '';
    if (next.startsWith('the capacity check failed') || attempt >= 600) {
      throw new Error(`demo: ${partnership.title} did not pass its capacity check: ${next}`);
    }
    await delay(100);
  }
  await must(
    'recording the Cabinet decision',
    hampshire.clerk.POST('/api/v1/partnerships/{id}/actions/cabinet-decision', {
      params: { path },
      body: {
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
      },
    }),
  );
  await secondments?.beforeSigning(proposed);
  await must(
    'the supported council signing',
    supportedChief.POST('/api/v1/partnerships/{id}/actions/sign', { params: { path }, body: {} }),
  );
  await must('Hampshire signing', hampshire.chief.POST('/api/v1/partnerships/{id}/actions/sign', { params: { path }, body: {} }));
  return created.id;
}

/** The three senior practitioners of the Winchester team that the story lends, first to Torbay. */
async function lendingPractitioners(hr: AccordClient): Promise<string[]> {
  const teams = await must(
    'listing Hampshire’s teams',
    hr.GET('/api/v1/teams', { params: { query: { councilCode: HAMPSHIRE, limit: 100 } } }),
  );
  const team = teams.items.find((candidate) => candidate.name === TORBAY_LENDING_TEAM);
  if (!team) throw new Error(`demo: no team named ${TORBAY_LENDING_TEAM}`);
  const staff = await must(
    'listing the team’s senior practitioners',
    hr.GET('/api/v1/staff', { params: { query: { teamId: team.id, role: 'senior_practitioner', limit: 3 } } }),
  );
  return staff.items.map((member) => member.id);
}

/** HR proposes each practitioner at 0.5 FTE over the period; answers the secondments' ids. */
async function propose(
  hr: AccordClient,
  partnershipId: string,
  staff: string[],
  period: { start: string; end: string },
): Promise<string[]> {
  const ids: string[] = [];
  for (const staffMemberId of staff) {
    const secondment = await must(
      'proposing a secondment',
      hr.POST('/api/v1/secondments', { body: { staffMemberId, partnershipId, fte: 0.5, ...period } }),
    );
    ids.push(secondment.id);
  }
  return ids;
}

async function approve(hr: AccordClient, secondmentIds: string[]): Promise<void> {
  for (const id of secondmentIds)
    await must('approving a secondment', hr.POST('/api/v1/secondments/{id}/approve', { params: { path: { id } } }));
}
