/**
 * The service navigation under the header: the parts of Accord a person's role works in, the one
 * the page belongs to marked current. Without it HR had no way from the home page to their teams.
 * Council pages are offered only to people of one council: a commissioner or admin reaches a
 * council's teams from that council's own links, with its code.
 */
const COUNCIL_WORKFORCE_ROLES = new Set(['hr', 'chief_executive', 'director']);

interface Section {
  text: string;
  href: string;
  offeredTo(role: string): boolean;
  holds(path: string): boolean;
}

const SECTIONS: readonly Section[] = [
  {
    text: 'What needs you',
    href: '/',
    offeredTo: () => true,
    holds: (path) => path === '/' || path.startsWith('/partnerships') || path.startsWith('/decisions'),
  },
  {
    text: 'Teams and staff',
    href: '/teams',
    offeredTo: (role) => COUNCIL_WORKFORCE_ROLES.has(role),
    holds: (path) => path.startsWith('/teams') || path.startsWith('/staff') || path.startsWith('/secondments'),
  },
  {
    text: 'Capacity',
    href: '/capacity',
    offeredTo: (role) => COUNCIL_WORKFORCE_ROLES.has(role),
    holds: (path) => path === '/capacity' || /^\/councils\/[^/]+\/capacity/.test(path),
  },
  {
    text: 'Portfolio',
    href: '/portfolio',
    offeredTo: (role) => COUNCIL_WORKFORCE_ROLES.has(role),
    holds: (path) => path === '/portfolio' || /^\/councils\/[^/]+\/portfolio/.test(path),
  },
  {
    text: 'Interventions',
    href: '/interventions',
    offeredTo: () => true,
    holds: (path) => path.startsWith('/interventions'),
  },
];

export interface ServiceNavigationItem {
  text: string;
  href: string;
  active: boolean;
}

export function serviceNavigationFor(role: string, path: string): ServiceNavigationItem[] {
  return SECTIONS.filter((section) => section.offeredTo(role)).map(({ text, href, holds }) => ({ text, href, active: holds(path) }));
}
