import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiRefusal } from '../api/api-refusal.js';
import { IdentityProviderUnavailable } from '../sign-in/identity-provider.js';
import { NOT_FOUND_PAGE, renderErrorPage, SERVER_ERROR_PAGE, UNAVAILABLE_PAGE } from './error-pages.js';

/**
 * Every error a page handler does not deal with itself becomes a GOV.UK error page: an unknown
 * page 404; an API refusal its own page (401 signs the person in again); anything else 500,
 * logged, with no detail shown.
 */
@Catch()
export class PageErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('PageErrorFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof ApiRefusal) return this.apiRefusal(error, request, response);
    if (error instanceof IdentityProviderUnavailable) return renderErrorPage(response, 503, UNAVAILABLE_PAGE);
    if (error instanceof HttpException && error.getStatus() === HttpStatus.NOT_FOUND) return renderErrorPage(response, 404, NOT_FOUND_PAGE);
    if (error instanceof HttpException && error.getStatus() < 500) {
      return renderErrorPage(response, error.getStatus(), { heading: 'Sorry, that did not work', paragraphs: [error.message] });
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    renderErrorPage(response, 500, SERVER_ERROR_PAGE);
  }

  private apiRefusal(refusal: ApiRefusal, request: Request, response: Response): void {
    if (refusal.status === 401) {
      // The token was refused after the gate let it through (revoked at the provider): sign in again.
      delete request.session.tokens;
      return response.redirect(303, `/sign-in?returnTo=${encodeURIComponent(request.method === 'GET' ? request.originalUrl : '/')}`);
    }
    if (refusal.status === 404) return renderErrorPage(response, 404, NOT_FOUND_PAGE);
    if (refusal.status === 403) {
      return renderErrorPage(response, 403, {
        heading: 'You cannot do this',
        paragraphs: [refusal.forPage().detail ?? 'Your role or council does not allow it.'],
        link: { href: '/', text: 'Go to the home page' },
      });
    }
    if (refusal.status >= 500) {
      this.logger.warn(`the API answered ${refusal.status}: ${refusal.message}`);
      return renderErrorPage(response, refusal.status === 503 ? 503 : 500, refusal.status === 503 ? UNAVAILABLE_PAGE : SERVER_ERROR_PAGE);
    }
    renderErrorPage(response, refusal.status, {
      heading: 'Sorry, that did not work',
      paragraphs: [refusal.forPage().detail ?? refusal.message],
      link: { href: '/', text: 'Go to the home page' },
    });
  }
}
