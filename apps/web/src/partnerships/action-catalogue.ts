import { councilName, type AuditEvent, type CouncilNames, type PartnershipDetail, type PartnershipStage } from './api-types.js';
import { STAGE_NOW } from './words.js';

/** The partnership actions, by the last part of the API's path `POST …/partnerships/{id}/actions/<slug>`. */
export const ACTION_SLUGS = [
  'submit',
  'endorse',
  'send-back',
  'override-capacity',
  'cabinet-decision',
  'call-in',
  'scrutiny-outcome',
  'sign',
  'record-review',
  'request-exit',
  'withdraw',
] as const;
export type ActionSlug = (typeof ACTION_SLUGS)[number];

export function isActionSlug(value: string): value is ActionSlug {
  return (ACTION_SLUGS as readonly string[]).includes(value);
}

/** The signed-in person, as far as offering actions goes. */
export interface Actor {
  role: string;
  /** Null for the roles that act across councils (commissioner, admin). */
  councilCode: string | null;
}

/** What an action's words need to know. */
export interface ActionContext {
  partnership: Pick<PartnershipDetail, 'title' | 'leadCouncilCode' | 'supportedCouncilCode'>;
  councils: CouncilNames;
  actor: Actor;
}

export interface ActionDefinition {
  slug: ActionSlug;
  /** The button on the partnership page, and the confirm button ("Yes, sign"). */
  label: string;
  /** The stages in which the workflow takes it. */
  stages: readonly PartnershipStage[];
  /** Mirrors the API's access policy, to offer the action only to who may take it; the API still decides. */
  roles: readonly string[];
  council: 'lead' | 'party';
  /** The confirmation page's heading: "Sign for Hampshire County Council?" */
  question: (context: ActionContext) => string;
  /** Finishes "This partnership is no longer waiting for …" when the workflow refuses it as out of turn. */
  waitingFor: (context: ActionContext) => string;
  /** Finishes "You cannot …" when the person's role or council may not. */
  attempted: string;
  /** The success banner's heading once it is done. */
  done: (context: ActionContext) => string;
}

const BEFORE_ACTIVE: readonly PartnershipStage[] = [
  'draft',
  'officer_review',
  'capacity_check',
  'cabinet_decision',
  'call_in_window',
  'sign_off',
];
const LIVE: readonly PartnershipStage[] = ['active', 'under_review'];
const actorsCouncil = ({ actor, councils, partnership }: ActionContext) =>
  councilName(councils, actor.councilCode ?? partnership.leadCouncilCode);

const DEFINITIONS: Readonly<Record<ActionSlug, ActionDefinition>> = {
  submit: {
    slug: 'submit',
    label: 'Submit for officer review',
    stages: ['draft'],
    roles: ['chief_executive', 'director', 'admin'],
    council: 'lead',
    question: () => 'Submit this partnership for officer review?',
    waitingFor: () => 'its draft to be submitted',
    attempted: 'submit this partnership',
    done: () => 'Partnership submitted for officer review',
  },
  endorse: {
    slug: 'endorse',
    label: 'Endorse',
    stages: ['officer_review'],
    roles: ['director', 'admin'],
    council: 'lead',
    question: () => 'Endorse this partnership?',
    waitingFor: () => 'the director’s endorsement',
    attempted: 'endorse this partnership',
    done: () => 'Partnership endorsed',
  },
  'send-back': {
    slug: 'send-back',
    label: 'Send back to draft',
    stages: ['officer_review', 'capacity_check'],
    roles: ['director', 'chief_executive', 'admin'],
    council: 'lead',
    question: () => 'Send this partnership back to draft?',
    waitingFor: () => 'a review of its draft',
    attempted: 'send this partnership back',
    done: () => 'Partnership sent back to draft',
  },
  'override-capacity': {
    slug: 'override-capacity',
    label: 'Go ahead despite the capacity check',
    stages: ['capacity_check'],
    roles: ['chief_executive'],
    council: 'lead',
    question: () => 'Go ahead although a team would fall below its retention floor?',
    waitingFor: () => 'a decision on its capacity check',
    attempted: 'override the capacity check',
    done: () => 'Capacity check overridden',
  },
  'cabinet-decision': {
    slug: 'cabinet-decision',
    label: 'Record the Cabinet decision',
    stages: ['cabinet_decision'],
    roles: ['democratic_services'],
    council: 'lead',
    question: () => 'Record the Cabinet decision',
    waitingFor: () => 'the Cabinet decision',
    attempted: 'record the Cabinet decision on this partnership',
    done: () => 'Cabinet decision recorded',
  },
  'call-in': {
    slug: 'call-in',
    label: 'Call in the decision',
    stages: ['call_in_window'],
    roles: ['scrutiny'],
    council: 'lead',
    question: () => 'Call in the Cabinet decision for scrutiny?',
    waitingFor: () => 'a call-in',
    attempted: 'call in this decision',
    done: () => 'Decision called in',
  },
  'scrutiny-outcome': {
    slug: 'scrutiny-outcome',
    label: 'Record the scrutiny outcome',
    stages: ['call_in_window'],
    roles: ['scrutiny'],
    council: 'lead',
    question: () => 'Record the scrutiny committee’s outcome',
    waitingFor: () => 'the scrutiny outcome',
    attempted: 'record the scrutiny outcome',
    done: () => 'Scrutiny outcome recorded',
  },
  sign: {
    slug: 'sign',
    label: 'Sign',
    stages: ['sign_off'],
    roles: ['chief_executive'],
    council: 'party',
    question: (context) => `Sign for ${actorsCouncil(context)}?`,
    waitingFor: (context) => `a signature from ${actorsCouncil(context)}`,
    attempted: 'sign this partnership',
    done: (context) => `Signed for ${actorsCouncil(context)}`,
  },
  'record-review': {
    slug: 'record-review',
    label: 'Record a review',
    stages: LIVE,
    roles: ['commissioner', 'chief_executive', 'director', 'admin'],
    council: 'party',
    question: () => 'Record a review',
    waitingFor: () => 'a review',
    attempted: 'record a review of this partnership',
    done: () => 'Review recorded',
  },
  'request-exit': {
    slug: 'request-exit',
    label: 'End the partnership',
    stages: LIVE,
    roles: ['chief_executive', 'commissioner', 'admin'],
    council: 'party',
    question: () => 'End this partnership?',
    waitingFor: () => 'an exit',
    attempted: 'end this partnership',
    done: () => 'Exit recorded',
  },
  withdraw: {
    slug: 'withdraw',
    label: 'Withdraw',
    stages: BEFORE_ACTIVE,
    roles: ['chief_executive', 'director', 'admin'],
    council: 'lead',
    question: () => 'Withdraw this partnership?',
    waitingFor: () => 'a decision: it can no longer be withdrawn',
    attempted: 'withdraw this partnership',
    done: () => 'Partnership withdrawn',
  },
};

export function actionDefinition(slug: ActionSlug): ActionDefinition {
  return DEFINITIONS[slug];
}

/**
 * The actions to offer the person now: the stage takes them, their role and council may, and
 * what the partnership waits for asks for them (a failed check before an override, no second
 * signature from one council, a call-in before an outcome).
 */
export function actionsFor(
  partnership: Pick<PartnershipDetail, 'stage' | 'leadCouncilCode' | 'supportedCouncilCode' | 'signatures' | 'decision' | 'timeline'>,
  actor: Actor,
): ActionDefinition[] {
  return ACTION_SLUGS.map((slug) => DEFINITIONS[slug]).filter((action) => {
    if (!action.stages.includes(partnership.stage) || !action.roles.includes(actor.role)) return false;
    if (!mayActFor(action, partnership, actor)) return false;
    switch (action.slug) {
      case 'override-capacity':
        return latestCapacityOutcome(partnership.timeline) === 'fail';
      case 'send-back':
        return partnership.stage === 'officer_review' || latestCapacityOutcome(partnership.timeline) === 'fail';
      case 'sign':
        return !partnership.signatures.some((signature) => signature.councilCode === actor.councilCode);
      case 'call-in':
        return partnership.decision?.status !== 'called_in';
      case 'scrutiny-outcome':
        return partnership.decision?.status === 'called_in';
      default:
        return true;
    }
  });
}

function mayActFor(
  action: ActionDefinition,
  partnership: Pick<PartnershipDetail, 'leadCouncilCode' | 'supportedCouncilCode'>,
  actor: Actor,
): boolean {
  if (actor.councilCode === null) return actor.role === 'commissioner' || actor.role === 'admin';
  if (action.council === 'lead') return actor.councilCode === partnership.leadCouncilCode;
  return actor.councilCode === partnership.leadCouncilCode || actor.councilCode === partnership.supportedCouncilCode;
}

function latestCapacityOutcome(timeline: readonly AuditEvent[]): unknown {
  const checks = timeline.filter((event) => event.action === 'partnership.capacity_checked');
  const after = checks.at(-1)?.after as { outcome?: unknown } | null | undefined;
  return after?.outcome;
}

/** The success banner's body: where the partnership stands after the action. */
export function stageAfterInWords(stage: PartnershipStage): string {
  return `The partnership is now ${STAGE_NOW[stage]}.`;
}
