import type { ActionSlug } from './action-catalogue.js';
import { addError, noErrors, readDateInput, text, type FormErrors, type FormFields } from './form-errors.js';

/** A posted action form read into the API's request body, or the errors to show on the form again. */
export interface ReadActionForm {
  request: Record<string, unknown>;
  errors: FormErrors;
  /** What the person typed, to fill the form again after an error. */
  values: Record<string, unknown>;
}

const COMMENT = { comment: { name: 'comment', message: 'Comment must be 2,000 characters or fewer' } };

/** Each form's fields by the API's names, for the API's own 422 field errors. */
export const ACTION_FORM_FIELDS: Readonly<Record<ActionSlug, FormFields>> = {
  submit: COMMENT,
  endorse: COMMENT,
  'send-back': COMMENT,
  withdraw: COMMENT,
  sign: COMMENT,
  'override-capacity': {
    ...COMMENT,
    reason: { name: 'reason', message: 'Enter why the partnership should go ahead, in 2,000 characters or fewer' },
  },
  'call-in': { ...COMMENT, members: { name: 'members', message: 'Enter the members calling the decision in, one on each line' } },
  'scrutiny-outcome': { ...COMMENT, outcome: { name: 'outcome', message: 'Select the scrutiny committee’s outcome' } },
  'record-review': {
    kind: { name: 'kind', message: 'Select the kind of review' },
    reviewDate: { name: 'reviewDate', href: '#reviewDate-day' },
    ragRating: { name: 'ragRating', message: 'Select the review’s rating' },
    findings: { name: 'findings', message: 'Enter what the review found' },
    nextReviewDate: { name: 'nextReviewDate', href: '#nextReviewDate-day', message: 'The next review must be after this review' },
  },
  'request-exit': {
    trigger: { name: 'trigger', message: 'Select why the partnership ends' },
    reason: { name: 'reason', message: 'Enter the reason the partnership ends, in 2,000 characters or fewer' },
    handBackUntil: { name: 'handBackUntil', href: '#handBackUntil-day' },
    reinspection: { name: 'judgement', message: 'Give the re-inspection judgement (requires improvement or better) and its dates' },
    judgement: { name: 'judgement' },
    judgedOn: { name: 'judgedOn', href: '#judgedOn-day' },
    directionLiftedOn: { name: 'directionLiftedOn', href: '#directionLiftedOn-day' },
  },
  'cabinet-decision': {
    title: { name: 'title', message: 'Enter the decision’s title as published' },
    decisionMaker: { name: 'decisionMaker', message: 'Select who took the decision' },
    decisionMakerName: { name: 'decisionMakerName' },
    meetingName: { name: 'meetingName' },
    meetingDate: { name: 'meetingDate', href: '#meetingDate-day' },
    decisionText: { name: 'decisionText', message: 'Enter the decision as published' },
    isKeyDecision: { name: 'isKeyDecision', message: 'Select whether it is a key decision' },
    keyDecisionReason: { name: 'keyDecisionReason', message: 'Enter why it is a key decision' },
    urgencyRoute: { name: 'urgencyRoute' },
    forwardPlanFirstPublished: { name: 'forwardPlanFirstPublished', href: '#forwardPlanFirstPublished-day' },
    subjectToCallIn: { name: 'subjectToCallIn', message: 'Select whether scrutiny may call the decision in' },
    decisionDate: { name: 'decisionDate', href: '#decisionDate-day' },
    publicationDate: {
      name: 'publicationDate',
      href: '#publicationDate-day',
      message: 'The publication date must be the same as or after the decision date',
    },
    reasons: { name: 'reasons' },
    alternativeOptions: { name: 'alternativeOptions' },
    interestsDeclared: { name: 'interestsDeclared' },
    wardsAffected: { name: 'wardsAffected' },
    exemptParagraph: { name: 'exemptParagraph', message: 'Select the paragraph of Schedule 12A the exempt information falls under' },
    exemptInformation: { name: 'exemptInformation' },
    status: { name: 'status', message: 'Select the decision’s outcome' },
  },
};

type Body = Record<string, unknown>;

/** Reads the posted form of one action; the API checks everything again, this only gives GOV.UK messages for what is plainly missing. */
export function readActionForm(slug: ActionSlug, body: Body): ReadActionForm {
  const form = new FormReader(body, ACTION_FORM_FIELDS[slug]);
  switch (slug) {
    case 'submit':
    case 'endorse':
    case 'send-back':
    case 'withdraw':
    case 'sign':
      form.optional('comment');
      break;
    case 'override-capacity':
      form.required('reason', 'Enter why the partnership should go ahead although a team would fall below its floor');
      form.optional('comment');
      break;
    case 'call-in': {
      const members = oneToALine(body.members);
      form.values.members = text(body.members);
      if (members.length === 0) form.error('members', 'Enter the members calling the decision in, one on each line');
      else form.request.members = members;
      form.optional('comment');
      break;
    }
    case 'scrutiny-outcome':
      form.choice('outcome', ['released', 'referred_back'], 'Select the scrutiny committee’s outcome');
      form.optional('comment');
      break;
    case 'record-review':
      form.choice('kind', ['periodic', 'commissioner'], 'Select the kind of review');
      form.date('reviewDate', 'The day of the review', true);
      form.choice('ragRating', ['red', 'amber', 'green'], 'Select the review’s rating');
      form.required('findings', 'Enter what the review found');
      form.date('nextReviewDate', 'The next review', false);
      break;
    case 'request-exit':
      readExit(form);
      break;
    case 'cabinet-decision':
      readCabinetDecision(form);
      break;
  }
  return { request: form.request, errors: form.errors, values: form.values };
}

/** An exit: by notice (with an optional hand-back period), on a long-term solution, or on improvement with the re-inspection it rests on. */
function readExit(form: FormReader): void {
  form.choice('trigger', ['notice', 'long_term_solution', 'improved'], 'Select why the partnership ends');
  form.required('reason', 'Enter the reason the partnership ends');
  form.date('handBackUntil', 'The end of the hand-back period', false);
  if (form.request.trigger !== 'improved') return;
  const exit = new FormReader(form.body, ACTION_FORM_FIELDS['request-exit']);
  exit.choice('judgement', ['outstanding', 'good', 'requires_improvement', 'inadequate'], 'Select the re-inspection judgement');
  exit.date('judgedOn', 'The day Ofsted published its judgement', true);
  exit.date('directionLiftedOn', 'The day the statutory direction was lifted', true);
  Object.assign(form.values, exit.values);
  for (const error of exit.errors.summary) form.errors.summary.push(error);
  Object.assign(form.errors.fields, exit.errors.fields);
  form.request.reinspection = exit.request;
}

function readCabinetDecision(form: FormReader): void {
  form.required('title', 'Enter the decision’s title as published');
  form.choice('decisionMaker', ['cabinet', 'cabinet_member', 'officer'], 'Select who took the decision');
  form.optional('decisionMakerName');
  form.optional('meetingName');
  form.date('meetingDate', 'The day of the meeting', false);
  form.required('decisionText', 'Enter the decision as published');
  const isKey = form.yesNo('isKeyDecision', 'Select whether it is a key decision');
  if (isKey) form.required('keyDecisionReason', 'Enter why it is a key decision');
  else form.values.keyDecisionReason = text(form.body.keyDecisionReason);
  const urgency = text(form.body.urgencyRoute);
  form.values.urgencyRoute = urgency;
  if (urgency === 'general_exception' || urgency === 'special_urgency') form.request.urgencyRoute = urgency;
  form.date('forwardPlanFirstPublished', 'The day it was first on the forward plan', false);
  form.yesNo('subjectToCallIn', 'Select whether scrutiny may call the decision in');
  form.date('decisionDate', 'The day the decision was taken', true);
  form.date('publicationDate', 'The day the decision was published', true);
  form.optional('reasons');
  form.optional('alternativeOptions');
  form.optional('interestsDeclared');
  const wards = oneToALine(form.body.wardsAffected);
  form.values.wardsAffected = text(form.body.wardsAffected);
  if (wards.length > 0) form.request.wardsAffected = wards;
  readExemptPart(form);
  form.choice('status', ['recommendations_approved', 'approved', 'rejected', 'deferred'], 'Select the decision’s outcome');
}

/** Part of the decision kept from the public (Schedule 12A): the text withheld and the paragraph it falls under, or neither. */
function readExemptPart(form: FormReader): void {
  const paragraph = text(form.body.exemptParagraph);
  form.optional('exemptInformation');
  form.values.exemptParagraph = paragraph;
  if (/^[1-7]$/.test(paragraph)) form.request.exemptParagraph = Number(paragraph);
  else if (form.request.exemptInformation) {
    form.error('exemptParagraph', 'Select the paragraph of Schedule 12A the exempt information falls under');
  }
}

/** A text area's lines, trimmed, the empty ones left out. */
function oneToALine(value: unknown): string[] {
  return text(value)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Reads one posted form field by field, collecting the API's request, what was typed, and GOV.UK errors. */
export class FormReader {
  readonly request: Record<string, unknown> = {};
  readonly values: Record<string, unknown> = {};
  readonly errors = noErrors();

  constructor(
    readonly body: Body,
    private readonly fields: FormFields,
  ) {}

  error(name: string, message: string): void {
    const field = this.fields[name] ?? { name };
    addError(this.errors, message, { name: field.name, href: field.href });
  }

  optional(name: string): void {
    const value = text(this.body[name]);
    this.values[name] = value;
    if (value) this.request[name] = value;
  }

  required(name: string, message: string): void {
    this.optional(name);
    if (!this.values[name]) this.error(name, message);
  }

  choice(name: string, allowed: readonly string[], message: string): void {
    const value = text(this.body[name]);
    this.values[name] = value;
    if (allowed.includes(value)) this.request[name] = value;
    else this.error(name, message);
  }

  yesNo(name: string, message: string): boolean | null {
    const value = text(this.body[name]);
    this.values[name] = value;
    if (value !== 'yes' && value !== 'no') {
      this.error(name, message);
      return null;
    }
    this.request[name] = value === 'yes';
    return value === 'yes';
  }

  /** A GOV.UK date input; `label` starts the messages ("The day of the review must be a real date"). */
  date(name: string, label: string, isRequired: boolean): void {
    const { iso, error, typed } = readDateInput(this.body, name);
    this.values[name] = typed;
    if (error) this.error(name, `${label} ${error}`);
    else if (iso) this.request[name] = iso;
    else if (isRequired) this.error(name, `Enter ${label.charAt(0).toLowerCase()}${label.slice(1)}`);
  }
}
