import type { PartnershipStage } from './partnership-stage.js';
import type { Role } from './principal.js';

export interface NextAction {
  /** Roles that can move the partnership on, and of which council. */
  by: readonly Role[];
  council: 'lead' | 'supported' | 'either' | 'none';
  action: string;
}

/** Who must act next in each stage, in the words users see; null once the partnership has ended. */
export function nextActionFor(stage: PartnershipStage): NextAction | null {
  switch (stage) {
    case 'draft':
      return { by: ['chief_executive', 'director'], council: 'lead', action: 'complete the draft and submit it for officer review' };
    case 'officer_review':
      return { by: ['director'], council: 'lead', action: 'endorse, or send back with comments' };
    case 'capacity_check':
      return {
        by: ['chief_executive'],
        council: 'lead',
        action: 'wait for the capacity check; if it fails, override with a reason or send back',
      };
    case 'cabinet_decision':
      return { by: ['democratic_services'], council: 'lead', action: 'record the Cabinet decision' };
    case 'call_in_window':
      return { by: ['scrutiny'], council: 'lead', action: 'call the decision in before the deadline, or let the period run out' };
    case 'sign_off':
      return { by: ['chief_executive'], council: 'either', action: 'both chief executives sign' };
    case 'active':
    case 'under_review':
      return {
        by: ['commissioner', 'chief_executive', 'director'],
        council: 'either',
        action: 'record reviews; the lead council may request exit',
      };
    case 'exiting':
      return { by: [], council: 'none', action: 'secondments are ending; the workflow completes the partnership' };
    case 'completed':
    case 'rejected':
    case 'withdrawn':
      return null;
  }
}
