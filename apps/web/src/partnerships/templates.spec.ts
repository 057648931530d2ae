import nunjucks from 'nunjucks';
import { GOVUK_FRONTEND_DIST, MOJ_FRONTEND_ROOT, WEB_TEMPLATES_ROOT } from '../layout/views.js';
import { readActionForm } from './action-forms.js';
import { ACTION_SLUGS } from './action-catalogue.js';
import type { PartnershipDetail } from './api-types.js';
import { partnershipPageView } from './partnership-page-view.js';

const templates = new nunjucks.Environment(new nunjucks.FileSystemLoader([WEB_TEMPLATES_ROOT, GOVUK_FRONTEND_DIST, MOJ_FRONTEND_ROOT]), {
  autoescape: true,
});
const councils = new Map([
  ['E10000014', 'Hampshire County Council'],
  ['E10000002', 'Buckinghamshire County Council'],
]);

/** The text a person reads, without markup. */
const words = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the partnership pages’ templates', () => {
  it('render the partnership page with its banner, next action, stages and timeline, escaping what people typed', () => {
    const partnership = {
      id: 'p1',
      title: 'Hampshire <support>',
      leadCouncilCode: 'E10000014',
      supportedCouncilCode: 'E10000002',
      plannedStart: '2018-05-01',
      plannedEnd: '2022-03-31',
      stage: 'sign_off',
      kind: 'improvement_partner',
      serviceArea: 'children_services',
      nextAction: { by: ['chief_executive'], council: 'either', action: 'sign', dueBy: '2018-04-23' },
      signatures: [],
      dueDates: [],
      decision: { id: 'd1', title: 'Decision', status: 'recommendations_approved', decisionDate: '2018-04-16' },
      timeline: [
        {
          id: '1',
          occurredAt: '2018-04-16T09:00:00Z',
          actor: { principalId: null, name: 'Accord', role: null, councilCode: null, authenticatedBy: null },
          action: 'partnership.stage_changed',
          target: { type: 'partnership', id: 'p1', councilCodes: [] },
          before: { stage: 'cabinet_decision' },
          after: { stage: 'sign_off' },
        },
      ],
    } as unknown as PartnershipDetail;
    const view = partnershipPageView({
      partnership,
      capacityCheck: null,
      risks: [],
      reviews: [],
      councils,
      actor: { role: 'chief_executive', councilCode: 'E10000014' },
      today: '2018-04-24',
      done: 'sign',
    });
    const html = templates.render('partnerships/partnership.njk', { view, person: { name: 'Chief Executive, Hampshire' }, csrfToken: 't' });
    expect(html).toContain('<title>Hampshire &lt;support&gt; – Accord</title>');
    const text = words(html);
    expect(text).toContain('Signed for Hampshire County Council');
    expect(text).toContain('23 April 2018 Overdue');
    expect(text).toContain('Cabinet decision to sign-off by Accord 16 April 2018 at 10:00am');
    expect(text).toContain('Call-in period Not needed');
    expect(html).toContain('href="/partnerships/p1/actions/sign"');
  });

  it('render every action’s confirmation page with the CSRF token and, after a refusal, the error summary', () => {
    for (const slug of ACTION_SLUGS) {
      const form = readActionForm(slug, {});
      const errors = form.errors.summary.length
        ? form.errors
        : { summary: [{ text: 'This partnership is no longer waiting for signatures.', href: '#main-content' }], fields: {} };
      const html = templates.render('partnerships/action.njk', {
        view: {
          slug,
          question: 'Sign for Hampshire County Council?',
          confirmLabel: 'Yes, sign',
          partnershipTitle: 'T',
          partnershipHref: '/partnerships/p1',
          formAction: `/partnerships/p1/actions/${slug}`,
          councilName: 'Hampshire County Council',
          idempotencyKey: 'k',
        },
        values: form.values,
        errors,
        csrfToken: 'the-token',
      });
      expect(html).toContain('<input type="hidden" name="_csrf" value="the-token">');
      expect(html).toContain('govuk-error-summary');
      expect(html).toContain('<title>Error: Sign for Hampshire County Council? – Accord</title>');
    }
  });
});
