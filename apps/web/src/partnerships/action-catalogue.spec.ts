import type { PartnershipDetail } from './api-types.js';
import { actionDefinition, actionsFor, stageAfterInWords } from './action-catalogue.js';

const HAMPSHIRE = 'E10000014';
const BUCKINGHAMSHIRE = 'E10000002';
const councils = new Map([
  [HAMPSHIRE, 'Hampshire County Council'],
  [BUCKINGHAMSHIRE, 'Buckinghamshire County Council'],
]);

function partnership(stage: PartnershipDetail['stage'], extra: Partial<PartnershipDetail> = {}) {
  return {
    stage,
    leadCouncilCode: HAMPSHIRE,
    supportedCouncilCode: BUCKINGHAMSHIRE,
    signatures: [],
    decision: null,
    timeline: [],
    ...extra,
  };
}
const offered = (p: ReturnType<typeof partnership>, role: string, councilCode: string | null) =>
  actionsFor(p, { role, councilCode }).map((a) => a.slug);

describe('the actions a partnership page offers', () => {
  it('offers the lead council’s director the endorsement, and nobody else', () => {
    expect(offered(partnership('officer_review'), 'director', HAMPSHIRE)).toEqual(['endorse', 'send-back', 'withdraw']);
    expect(offered(partnership('officer_review'), 'director', BUCKINGHAMSHIRE)).toEqual([]);
    expect(offered(partnership('officer_review'), 'chief_executive', HAMPSHIRE)).toEqual(['send-back', 'withdraw']);
  });

  it('offers democratic services the Cabinet decision', () => {
    expect(offered(partnership('cabinet_decision'), 'democratic_services', HAMPSHIRE)).toEqual(['cabinet-decision']);
  });

  it('offers each chief executive a signature until their council has signed', () => {
    expect(offered(partnership('sign_off'), 'chief_executive', BUCKINGHAMSHIRE)).toEqual(['sign']);
    const signedByBuckinghamshire = partnership('sign_off', {
      signatures: [{ councilCode: BUCKINGHAMSHIRE, signedBy: 'x', signedAt: '2018-04-20T09:00:00Z' }],
    });
    expect(offered(signedByBuckinghamshire, 'chief_executive', BUCKINGHAMSHIRE)).toEqual([]);
    expect(offered(signedByBuckinghamshire, 'chief_executive', HAMPSHIRE)).toEqual(['sign', 'withdraw']);
  });

  it('offers the override only after a failed check, and scrutiny the outcome only once called in', () => {
    const failed = {
      action: 'partnership.capacity_checked',
      after: { outcome: 'fail' },
    } as unknown as PartnershipDetail['timeline'][number];
    expect(offered(partnership('capacity_check'), 'chief_executive', HAMPSHIRE)).toEqual(['withdraw']);
    expect(offered(partnership('capacity_check', { timeline: [failed] }), 'chief_executive', HAMPSHIRE)).toEqual([
      'send-back',
      'override-capacity',
      'withdraw',
    ]);
    expect(offered(partnership('call_in_window'), 'scrutiny', HAMPSHIRE)).toEqual(['call-in']);
    const calledIn = partnership('call_in_window', { decision: { status: 'called_in' } as PartnershipDetail['decision'] });
    expect(offered(calledIn, 'scrutiny', HAMPSHIRE)).toEqual(['scrutiny-outcome']);
  });

  it('lets the commissioner, of no council, record reviews and exits of a live partnership', () => {
    expect(offered(partnership('active'), 'commissioner', null)).toEqual(['record-review', 'request-exit']);
  });

  it('asks to sign for the person’s own council, and says where the partnership is after', () => {
    const context = {
      partnership: { title: 't', leadCouncilCode: HAMPSHIRE, supportedCouncilCode: BUCKINGHAMSHIRE },
      councils,
      actor: { role: 'chief_executive', councilCode: HAMPSHIRE },
    };
    expect(actionDefinition('sign').question(context)).toBe('Sign for Hampshire County Council?');
    expect(actionDefinition('sign').done(context)).toBe('Signed for Hampshire County Council');
    expect(stageAfterInWords('active')).toBe('The partnership is now active.');
  });
});
