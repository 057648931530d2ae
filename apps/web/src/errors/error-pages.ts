import type { Response } from 'express';

export interface MessagePage {
  heading: string;
  paragraphs: string[];
  link?: { href: string; text: string };
}

export const NOT_FOUND_PAGE: MessagePage = {
  heading: 'Page not found',
  paragraphs: ['If you typed the web address, check it is correct.', 'If you pasted the web address, check you copied the entire address.'],
  link: { href: '/', text: 'Go to the home page' },
};

export const SERVER_ERROR_PAGE: MessagePage = {
  heading: 'Sorry, there is a problem with the service',
  paragraphs: ['Try again later. Anything you were doing may not have been saved.'],
  link: { href: '/', text: 'Go to the home page' },
};

export const UNAVAILABLE_PAGE: MessagePage = {
  heading: 'Sorry, the service is unavailable',
  paragraphs: ['Accord or the sign-in service cannot be reached just now. Try again in a few minutes.'],
  link: { href: '/', text: 'Try again' },
};

/** A GOV.UK error page (layout/message-page.njk) with the given status; never a stack trace. */
export function renderErrorPage(response: Response, status: number, page: MessagePage): void {
  if (response.headersSent) return;
  response.status(status).set('cache-control', 'no-store').render('layout/message-page.njk', page);
}
