/** The MOJ sub-navigation shared by the HR and capacity pages of one council. */
export function workforceNavigation(councilCode: string, current: 'teams' | 'capacity' | 'portfolio') {
  const items = [
    { key: 'teams', text: 'Teams and staff', href: `/teams?councilCode=${encodeURIComponent(councilCode)}` },
    { key: 'capacity', text: 'Capacity', href: `/councils/${encodeURIComponent(councilCode)}/capacity` },
    { key: 'portfolio', text: 'Portfolio', href: `/councils/${encodeURIComponent(councilCode)}/portfolio` },
  ];
  return items.map(({ key, text, href }) => ({ text, href, active: key === current }));
}
