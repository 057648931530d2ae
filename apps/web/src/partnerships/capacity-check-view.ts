import type { CapacityCheck } from './api-types.js';
import { formatDate, formatFte } from './format.js';

/** The capacity check as the partnership page shows it: the outcome, and the teams that fall short. */
export interface CapacityCheckView {
  outcome: { text: string; classes: string };
  summary: string;
  period: string;
  /** Rows for `govukTable`: team, least headroom and when, days below the floor. */
  teamRows: { text: string }[][];
  risks: string[];
}

const OUTCOMES: Readonly<Record<CapacityCheck['outcome'], { text: string; classes: string; summary: string }>> = {
  pass: { text: 'Pass', classes: 'govuk-tag--green', summary: 'Every team stays above its retention floor with room to spare.' },
  warn: {
    text: 'Warning',
    classes: 'govuk-tag--yellow',
    summary: 'Every team stays above its retention floor, but some come close to it.',
  },
  fail: { text: 'Fail', classes: 'govuk-tag--red', summary: 'At least one team would fall below its retention floor.' },
};

export function capacityCheckView(check: CapacityCheck): CapacityCheckView {
  const { summary, ...outcome } = OUTCOMES[check.outcome];
  // The teams with least headroom first: those below the floor are what the reader must weigh.
  const teams = [...check.teams].sort((a, b) => a.minimumHeadroomFte - b.minimumHeadroomFte);
  return {
    outcome,
    summary,
    period: `${formatDate(check.period.start)} to ${formatDate(check.period.end)}`,
    teamRows: teams.map((team) => [
      { text: team.teamName },
      { text: `${formatFte(team.minimumHeadroomFte)} on ${formatDate(team.minimumOn)}` },
      { text: daysBelowFloor(team.breaches) },
    ]),
    risks: check.risks.map((risk) => risk.detail.charAt(0).toUpperCase() + risk.detail.slice(1)),
  };
}

function daysBelowFloor(breaches: CapacityCheck['teams'][number]['breaches']): string {
  if (breaches.length === 0) return 'None';
  return breaches
    .map((range) => (range.start === range.end ? formatDate(range.start) : `${formatDate(range.start)} to ${formatDate(range.end)}`))
    .join('; ');
}
