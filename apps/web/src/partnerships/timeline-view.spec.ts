import type { AuditEvent } from './api-types.js';
import { timelineItems } from './timeline-view.js';

const councils = new Map([['E10000002', 'Buckinghamshire County Council']]);

function event(
  action: AuditEvent['action'],
  after: object | null,
  actor = { principalId: 'p1', name: 'Chief Executive, Buckinghamshire' },
): AuditEvent {
  return {
    id: action,
    occurredAt: '2018-04-20T09:00:00Z',
    actor: { ...actor, role: null, councilCode: null, authenticatedBy: null },
    action,
    target: { type: 'partnership', id: 'p', councilCodes: [] },
    before: (action === 'partnership.stage_changed' ? { stage: 'cabinet_decision' } : null) as never,
    after: after as never,
  };
}

describe('the partnership’s timeline', () => {
  it('tells each event in words, newest first, by whoever acted (Accord for the workflow’s own moves)', () => {
    const items = timelineItems(
      [
        event('partnership.capacity_checked', { outcome: 'warn', summary: 'Winchester comes within 0.2 FTE of its floor' }, {
          principalId: null,
          name: 'system',
        } as never),
        event('partnership.stage_changed', { stage: 'sign_off', comment: null }),
        event('partnership.signed', { councilCode: 'E10000002' }),
      ],
      councils,
    );
    expect(items.map((item) => [item.label.text, item.text, item.byline.text])).toEqual([
      ['Signed for Buckinghamshire County Council', undefined, 'Chief Executive, Buckinghamshire'],
      ['Cabinet decision to sign-off', undefined, 'Chief Executive, Buckinghamshire'],
      ['Capacity check: warning', 'Winchester comes within 0.2 FTE of its floor', 'Accord'],
    ]);
    expect(items[0].datetime).toEqual({ timestamp: '2018-04-20T09:00:00Z', type: 'datetime' });
  });

  it('keeps the comment given with a move, and names the fields a draft change touched', () => {
    const sentBack = timelineItems(
      [{ ...event('partnership.stage_changed', { stage: 'draft', comment: 'Add the funding' }) }],
      councils,
    )[0];
    expect([sentBack.label.text, sentBack.text]).toEqual(['Sent back to draft', 'Add the funding']);
    const changed = timelineItems([event('partnership.updated', { fundingAmountPence: 1, version: 2 })], councils)[0];
    expect(changed.text).toBe('Changed: funding amount');
  });
});
