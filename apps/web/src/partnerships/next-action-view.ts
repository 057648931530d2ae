import { councilName, type CouncilNames, type NextAction, type PartnershipDetail } from './api-types.js';
import { formatDate } from './format.js';
import { capitalise, orList, rolesInWords } from './words.js';

/** Who must act next and by when, as the partnership page says it. */
export interface NextActionView {
  who: string;
  what: string;
  dueBy: string | null;
  overdue: boolean;
}

type Parties = Pick<PartnershipDetail, 'leadCouncilCode' | 'supportedCouncilCode'>;

/** `today` is the calendar date in London; a due date before it is overdue. */
export function nextActionView(
  nextAction: NextAction | null | undefined,
  partnership: Parties,
  councils: CouncilNames,
  today: string,
): NextActionView | null {
  if (!nextAction) return null;
  const dueBy = nextAction.dueBy ?? null;
  return {
    who: whoActs(nextAction, partnership, councils),
    what: capitalise(nextAction.action),
    dueBy: dueBy && formatDate(dueBy),
    overdue: dueBy !== null && dueBy < today,
  };
}

function whoActs(nextAction: NextAction, partnership: Parties, councils: CouncilNames): string {
  if (nextAction.council === 'none' || nextAction.by.length === 0) return 'Nobody: Accord moves it on by itself';
  const lead = councilName(councils, partnership.leadCouncilCode);
  const supported = councilName(councils, partnership.supportedCouncilCode);
  const crossCouncil = nextAction.by.filter((role) => role === 'commissioner');
  const councilRoles = nextAction.by.filter((role) => role !== 'commissioner');
  const where = { lead, supported, either: orList([lead, supported]) }[nextAction.council];
  const parts = councilRoles.length ? [`The ${rolesInWords(councilRoles)} of ${where}`] : [];
  if (crossCouncil.length) parts.push(parts.length ? 'the DfE commissioner' : 'The DfE commissioner');
  return orList(parts);
}

/** Today's calendar date in London, the day the councils' deadlines are counted in. */
export function londonToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
