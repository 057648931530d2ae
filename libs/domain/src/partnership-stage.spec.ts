import { canMove, canWithdraw, isPartnershipStage, isTerminalStage, PARTNERSHIP_STAGES } from './partnership-stage.js';

describe('partnership stages', () => {
  it('moves from draft to officer review when submitted', () => {
    expect(canMove('draft', 'officer_review')).toBe(true);
  });

  it('never leaves a terminal stage', () => {
    for (const end of PARTNERSHIP_STAGES.filter(isTerminalStage)) {
      for (const to of PARTNERSHIP_STAGES) {
        expect(canMove(end, to)).toBe(false);
      }
    }
  });

  it('allows withdrawal only before the partnership is active', () => {
    expect(canWithdraw('sign_off')).toBe(true);
    expect(canWithdraw('active')).toBe(false);
    expect(canWithdraw('withdrawn')).toBe(false);
  });

  it('reaches rejected only from the Cabinet decision', () => {
    const from = PARTNERSHIP_STAGES.filter((stage) => canMove(stage, 'rejected'));
    expect(from).toEqual(['cabinet_decision']);
  });

  it('recognises only the named stages', () => {
    expect(isPartnershipStage('sign_off')).toBe(true);
    expect(isPartnershipStage('approved')).toBe(false);
    expect(isPartnershipStage(3)).toBe(false);
  });
});
