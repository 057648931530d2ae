import type { ProblemDetails } from '#api-client';
import { fte, longDate } from '../capacity/words.js';

/**
 * A refused secondment action in plain words for the GOV.UK error summary. A clash with the
 * contract comes with its day and figures (the problem's `clash` member); the page puts the
 * person's name and a GOV.UK date on them. Other refusals name their facts only in the detail,
 * read here; a detail in another shape is shown as the API wrote it, never dropped.
 */
export function refusalInWords(problem: ProblemDetails, person: string): string {
  const detail = problem.detail ?? '';
  switch (problem.code) {
    case 'secondment_exceeds_contract': {
      const { clash } = problem;
      if (!clash) return `${person} would be seconded beyond their contract: ${detail}`;
      return `On ${longDate(clash.on)} ${person} would be seconded ${fte(clash.secondedFte)} FTE against a contract of ${fte(clash.contractedFte)} FTE`;
    }
    case 'secondment_outside_employment': {
      const employed = /employed (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2}|now)/.exec(detail);
      if (!employed) return `The secondment runs outside ${person}’s employment`;
      const until = employed[2] === 'now' ? 'with no end date' : `until ${longDate(employed[2])}`;
      return `The secondment must fall within ${person}’s employment: from ${longDate(employed[1])} ${until}`;
    }
    case 'secondment_status_conflict': {
      const states = /a (\w+) secondment cannot become (\w+)/.exec(detail);
      if (!states) return 'The secondment has changed since you opened this page; check its status and try again';
      return `This secondment is ${states[1]}, so it cannot be ${VERB[states[2]] ?? states[2]}`;
    }
    case 'invalid_period':
      return 'The end date must be on or after the secondment’s start and no later than its planned end';
    case 'partnership_closed':
    case 'forbidden_for_council':
    case 'unknown_reference':
      return 'Secondments can only be booked to a partnership your council leads that has not ended';
    default:
      return detail || problem.title;
  }
}

const VERB: Record<string, string> = { approved: 'approved', active: 'started', ended: 'ended', cancelled: 'cancelled' };
