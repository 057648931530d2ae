import { Feed } from 'feed';
import type { DecisionRecordEntity } from '#persistence';
import { DECISION_STATUS_WORDS } from './decision-page.view.js';

export interface PublishedDecisionsFeed {
  councilCode: string;
  councilName: string;
  /** Where the reader reached Accord (scheme and host), for the feed's absolute links. */
  origin: string;
  decisions: DecisionRecordEntity[];
}

export const decisionPagePath = (id: string): string => `/decisions/${id}.html`;
export const decisionsFeedPath = (councilCode: string): string => `/councils/${councilCode}/decisions.atom`;

/**
 * A council's published decisions as an Atom feed, newest first, as Modern.gov offers one.
 * Entries carry the public text only: exempt information never leaves through a feed.
 */
export function publishedDecisionsAtom({ councilCode, councilName, origin, decisions }: PublishedDecisionsFeed): string {
  const self = `${origin}${decisionsFeedPath(councilCode)}`;
  const feed = new Feed({
    id: self,
    title: `Decisions of ${councilName}`,
    description: `Decisions published by ${councilName}, newest first`,
    link: self,
    feedLinks: { atom: self },
    updated: decisions.reduce<Date>((latest, decision) => (decision.updatedAt > latest ? decision.updatedAt : latest), new Date(0)),
    generator: 'Accord',
    language: 'en-GB',
    copyright: `${councilName}`,
    author: { name: councilName },
  });
  for (const decision of decisions) {
    feed.addItem({
      id: `urn:uuid:${decision.id}`,
      title: decision.title,
      link: `${origin}${decisionPagePath(decision.id)}`,
      date: decision.updatedAt,
      published: new Date(`${decision.publicationDate}T00:00:00Z`),
      description: `${DECISION_STATUS_WORDS[decision.status]}. ${decision.decisionText}`,
      category: [{ name: decision.isKeyDecision ? 'Key decision' : 'Non-key decision' }],
    });
  }
  return feed.atom1();
}
