import { HttpStatus } from '@nestjs/common';
import type { AccordErrorCode } from '../../../../libs/domain/src/index.js';

/** HTTP status and title for each domain error code; exhaustive so new codes must be mapped. */
export function describeAccordError(code: AccordErrorCode): { status: HttpStatus; title: string } {
  switch (code) {
    case 'partnership_not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'Partnership not found' };
    case 'stage_action_not_allowed':
      return { status: HttpStatus.CONFLICT, title: 'Action not allowed in the current stage' };
    case 'stage_change_in_progress':
      return { status: HttpStatus.CONFLICT, title: 'Another action is changing this partnership' };
    case 'workflow_unavailable':
      return { status: HttpStatus.SERVICE_UNAVAILABLE, title: 'Workflow service unavailable' };
    case 'principal_not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'Principal not found' };
    case 'api_key_not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'API key not found' };
    case 'forbidden_for_council':
      return { status: HttpStatus.FORBIDDEN, title: 'Not allowed for this council' };
    case 'idempotency_key_reused':
      return { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'Idempotency key reused with a different request' };
    case 'idempotency_request_in_progress':
      return { status: HttpStatus.CONFLICT, title: 'A request with this idempotency key is still in progress' };
  }
}
