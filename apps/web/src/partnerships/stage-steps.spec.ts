import type { AuditEvent } from './api-types.js';
import { stageHistory, stageSteps } from './stage-steps.js';

function moved(from: string, to: string): AuditEvent {
  return {
    id: `${from}-${to}`,
    occurredAt: '2018-04-16T10:00:00Z',
    actor: { principalId: null, name: 'Accord', role: null, councilCode: null, authenticatedBy: null },
    action: 'partnership.stage_changed',
    target: { type: 'partnership', id: 'p', councilCodes: [] },
    before: { stage: from } as never,
    after: { stage: to } as never,
  };
}

const statusOf = (item: ReturnType<typeof stageSteps>[number]) => ('tag' in item.status ? `[${item.status.tag.text}]` : item.status.text);

describe('where the partnership is: the task list of its stages', () => {
  it('marks the stages behind it completed, the current one in progress and the rest not started', () => {
    const history = stageHistory([
      moved('draft', 'officer_review'),
      moved('officer_review', 'capacity_check'),
      moved('capacity_check', 'cabinet_decision'),
    ]);
    expect(stageSteps('cabinet_decision', history).map((s) => `${s.title.text}: ${statusOf(s)}`)).toEqual([
      'Draft: Completed',
      'Officer review: Completed',
      'Capacity check: Completed',
      'Cabinet decision: [In progress]',
      'Call-in period: Not yet started',
      'Sign-off: Not yet started',
      'Active: Not yet started',
      'Exiting: Not yet started',
      'Completed: Not yet started',
    ]);
  });

  it('says the call-in period was not needed when the decision went straight to sign-off (Hampshire, 16 April 2018)', () => {
    const history = stageHistory([moved('draft', 'officer_review'), moved('cabinet_decision', 'sign_off')]);
    const steps = stageSteps('sign_off', history);
    expect(statusOf(steps[4])).toBe('Not needed');
    expect(statusOf(steps[5])).toBe('[In progress]');
  });

  it('shows where a withdrawn partnership stopped, and the rest as not reached', () => {
    const history = stageHistory([moved('draft', 'officer_review'), moved('officer_review', 'withdrawn')]);
    const steps = stageSteps('withdrawn', history);
    expect(steps.slice(0, 3).map(statusOf)).toEqual(['Completed', '[Withdrawn]', 'Not reached']);
  });

  it('shows a review as a spell of the active step, and a completed partnership as done throughout', () => {
    expect(statusOf(stageSteps('under_review', stageHistory([]))[6])).toBe('[Under review]');
    expect(stageSteps('completed', stageHistory([])).every((s) => statusOf(s) === 'Completed')).toBe(true);
  });
});
