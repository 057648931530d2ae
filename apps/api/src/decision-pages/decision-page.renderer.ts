import nunjucks from 'nunjucks';
import { fileURLToPath } from 'node:url';
import type { DecisionPageView } from './decision-page.view.js';

// Templates sit beside this module: the build copies them next to the compiled code.
const templates = new nunjucks.Environment(new nunjucks.FileSystemLoader(fileURLToPath(new URL('.', import.meta.url))), {
  autoescape: true,
  throwOnUndefined: true,
});

export interface DecisionPageDocument {
  title: string;
  href: string;
}

/** The decision page's HTML; every value is escaped by the template engine. */
export function renderDecisionPage(view: DecisionPageView, feedPath: string, documents: DecisionPageDocument[] = []): string {
  return templates.render('decision-page.njk', { view, feedPath, documents });
}
