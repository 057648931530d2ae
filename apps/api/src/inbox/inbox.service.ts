import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  addWorkingDays,
  dateOfInstant,
  englandAndWalesCalendar,
  weekdaysBeyondCoverage,
  workingDaysBetween,
  type IsoDate,
  type Principal,
} from '#domain';
import { fteFromColumn } from '../common/fte.js';
import { INBOX_ACTION_KINDS, INBOX_ACTION_WORDS, type InboxActionKind } from './inbox-action-kind.js';
import type { InboxItemResponse, InboxResponse } from './inbox.response.js';
import { INBOX_SQL, type InboxRow } from './inbox.sql.js';

// Beyond the published bank holidays, weekdays count: as the partnership's own `nextAction` counts them.
const CALENDAR = weekdaysBeyondCoverage(englandAndWalesCalendar());

const ACTION_PATHS: Record<InboxActionKind, string> = {
  endorse: 'endorse',
  decide_failed_capacity_check: 'override-capacity',
  record_cabinet_decision: 'cabinet-decision',
  call_in: 'call-in',
  record_scrutiny_outcome: 'scrutiny-outcome',
  sign: 'sign',
  record_review: 'record-review',
  approve_secondment: 'approve',
  start_secondment: 'activate',
};

/** What awaits a principal: one query over the mirror, then the working-day arithmetic of the domain's calendar. */
@Injectable()
export class InboxService {
  constructor(private readonly dataSource: DataSource) {}

  async inboxOf(principal: Principal, now = Date.now()): Promise<InboxResponse> {
    const today = dateOfInstant(now);
    const rows = (await this.dataSource.query(INBOX_SQL, [principal.role, principal.councilCode, today])) as InboxRow[];
    return { today, items: inboxItems(rows, today) };
  }
}

/** Shapes the query's rows: the sign-off's due day, working days left, and the order (soonest due first). */
export function inboxItems(rows: readonly InboxRow[], today: IsoDate): InboxItemResponse[] {
  const daysLeft = new Map<IsoDate, number>();
  const workingDaysLeft = (dueOn: IsoDate) => {
    let left = daysLeft.get(dueOn);
    if (left === undefined) daysLeft.set(dueOn, (left = workingDaysBetween(today, dueOn, CALENDAR)));
    return left;
  };
  const items = rows.map((row): InboxItemResponse => {
    const kind = row.kind as InboxActionKind;
    const dueOn = row.kind === 'sign' ? signOffDueOn(row) : row.due_on;
    return {
      kind,
      action: INBOX_ACTION_WORDS[kind],
      partnership: {
        id: row.partnership_id,
        title: row.title,
        stage: row.stage,
        leadCouncil: { code: row.lead_council_code, name: row.lead_council_name },
        supportedCouncil: { code: row.supported_council_code, name: row.supported_council_name },
      },
      actingForCouncilCode: row.acting_for,
      secondment:
        row.secondment_id === null
          ? null
          : {
              id: row.secondment_id,
              staffMemberId: row.staff_member_id!,
              staffMemberName: row.staff_member_name!,
              fte: fteFromColumn(row.fte!),
              start: row.secondment_start!,
              end: row.secondment_end!,
            },
      dueOn,
      workingDaysLeft: dueOn === null ? null : workingDaysLeft(dueOn),
      overdue: dueOn !== null && dueOn < today,
      actionPath:
        row.secondment_id === null
          ? `/api/v1/partnerships/${row.partnership_id}/actions/${ACTION_PATHS[kind]}`
          : `/api/v1/secondments/${row.secondment_id}/${ACTION_PATHS[kind]}`,
      partnershipPath: `/api/v1/partnerships/${row.partnership_id}`,
    };
  });
  return items.sort(soonestDueFirst);
}

/** Signatures are wanted by the time the lead council's reminder would go out (as `nextActionFor` says). */
function signOffDueOn(row: InboxRow): IsoDate | null {
  if (!row.sign_off_opened_at || !row.reminder_working_days) return null;
  return addWorkingDays(dateOfInstant(row.sign_off_opened_at.getTime()), row.reminder_working_days, CALENDAR);
}

const KIND_ORDER = new Map<string, number>(INBOX_ACTION_KINDS.map((kind, index) => [kind, index]));

function soonestDueFirst(a: InboxItemResponse, b: InboxItemResponse): number {
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  return (
    KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
    compare(a.partnership.title, b.partnership.title) ||
    compare(a.partnership.id, b.partnership.id) ||
    compare(a.secondment?.id ?? '', b.secondment?.id ?? '')
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
