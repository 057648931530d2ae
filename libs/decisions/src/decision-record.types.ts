import type { ConcernRaised, DecisionRecordEntity } from '#persistence';

/** A decision as democratic services record it (the Modern.gov fields); the deadlines are derived. */
export interface NewDecisionRecord {
  councilCode: string;
  partnershipId?: string;
  title: string;
  decisionMaker: DecisionRecordEntity['decisionMaker'];
  decisionMakerName?: string;
  meetingName?: string;
  meetingDate?: string;
  decisionText: string;
  status: DecisionRecordEntity['status'];
  isKeyDecision: boolean;
  keyDecisionReason?: string;
  subjectToCallIn: boolean;
  urgencyRoute?: 'general_exception' | 'special_urgency';
  wardsAffected?: string[];
  forwardPlanFirstPublished?: string;
  decisionDate: string;
  publicationDate: string;
  exemptParagraph?: number;
  exemptInformation?: string;
  reasons?: string;
  alternativeOptions?: string;
  interestsDeclared?: string;
  concerns?: ConcernRaised[];
}

export interface DecisionRecordFilter {
  councilCode?: string;
  partnershipId?: string;
  status?: DecisionRecordEntity['status'];
  decidedFrom?: string;
  decidedTo?: string;
  limit: number;
  offset: number;
}
