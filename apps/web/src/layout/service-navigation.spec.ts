import { serviceNavigationFor } from './service-navigation.js';

describe('the service navigation', () => {
  it('offers HR their teams, capacity and portfolio beside what needs them, marking the part the page is in', () => {
    const items = serviceNavigationFor('hr', '/staff/3f0c');
    expect(items.map((item) => item.text)).toEqual(['What needs you', 'Teams and staff', 'Capacity', 'Portfolio', 'Interventions']);
    expect(items.filter((item) => item.active).map((item) => item.text)).toEqual(['Teams and staff']);
  });

  it('counts a partnership page and a decision as part of what needs you, and a council capacity page as capacity', () => {
    expect(serviceNavigationFor('chief_executive', '/partnerships/1').find((item) => item.active)?.href).toBe('/');
    expect(serviceNavigationFor('director', '/councils/E10000014/capacity').find((item) => item.active)?.href).toBe('/capacity');
  });

  it('offers people of no one council (commissioners) no council pages', () => {
    expect(serviceNavigationFor('commissioner', '/').map((item) => item.href)).toEqual(['/', '/interventions']);
  });
});
