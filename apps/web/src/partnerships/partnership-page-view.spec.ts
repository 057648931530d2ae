import type { PartnershipDetail } from './api-types.js';
import { partnershipPageView } from './partnership-page-view.js';

const HAMPSHIRE = 'E10000014';
const BUCKINGHAMSHIRE = 'E10000002';
const councils = new Map([
  [HAMPSHIRE, 'Hampshire County Council'],
  [BUCKINGHAMSHIRE, 'Buckinghamshire County Council'],
]);

const awaitingHampshire: PartnershipDetail = {
  id: 'p1',
  title: 'Hampshire support for Buckinghamshire children’s services',
  leadCouncilCode: HAMPSHIRE,
  supportedCouncilCode: BUCKINGHAMSHIRE,
  plannedStart: '2018-05-01',
  plannedEnd: '2022-03-31',
  stage: 'sign_off',
  workflowId: 'partnership-p1',
  kind: 'improvement_partner',
  serviceArea: 'children_services',
  nextAction: {
    by: ['chief_executive'],
    council: 'either',
    action: 'sign: waiting for the chief executive of E10000014',
    dueBy: '2018-04-23',
  },
  version: 5,
  createdAt: '2018-03-01T09:00:00Z',
  updatedAt: '2018-04-17T09:00:00Z',
  signatures: [
    { councilCode: BUCKINGHAMSHIRE, signedBy: 'Chief Executive, Buckinghamshire County Council', signedAt: '2018-04-17T10:00:00Z' },
  ],
  dueDates: [],
  timeline: [],
};

describe('the partnership page', () => {
  it('offers Hampshire’s chief executive the signature Buckinghamshire has already given, due by the reminder', () => {
    const view = partnershipPageView({
      partnership: awaitingHampshire,
      capacityCheck: null,
      risks: [],
      reviews: [],
      councils,
      actor: { role: 'chief_executive', councilCode: HAMPSHIRE },
      today: '2018-04-24',
    });
    expect(view.stage).toEqual({ text: 'Sign-off', classes: 'govuk-tag--yellow' });
    expect(view.actions.map((a) => [a.label, a.href])).toEqual([
      ['Sign', '/partnerships/p1/actions/sign'],
      ['Withdraw', '/partnerships/p1/actions/withdraw'],
    ]);
    expect(view.nextAction).toMatchObject({ dueBy: '23 April 2018', overdue: true });
    expect(view.signatures).toEqual([
      [
        { text: 'Buckinghamshire County Council' },
        { text: 'Chief Executive, Buckinghamshire County Council' },
        { text: '17 April 2018 at 11:00am' },
      ],
    ]);
    expect(view.done).toBeNull();
    expect(view.canEdit).toBe(false);
  });

  it('says what was done and where the partnership is after an action', () => {
    const view = partnershipPageView({
      partnership: { ...awaitingHampshire, stage: 'active', nextAction: null },
      capacityCheck: null,
      risks: [],
      reviews: [],
      councils,
      actor: { role: 'chief_executive', councilCode: HAMPSHIRE },
      today: '2018-04-24',
      done: 'sign',
    });
    expect(view.done).toEqual({ heading: 'Signed for Hampshire County Council', text: 'The partnership is now active.' });
  });
});
