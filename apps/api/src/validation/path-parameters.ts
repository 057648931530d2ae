import { BadRequestException, Param, ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import { ApiParam, type ApiParamOptions } from '@nestjs/swagger';
import { GSS_CODE } from '../common/gss-code.js';
import { GssCodePipe } from './gss-code.pipe.js';

/** Documents a path parameter on the handler it belongs to, from the parameter's own decorator. */
function documentPathParameter(target: object, method: string | symbol | undefined, options: ApiParamOptions): void {
  if (method === undefined) return;
  const descriptor = Object.getOwnPropertyDescriptor(target, method);
  if (descriptor) ApiParam(options)(target, method, descriptor);
}

/** A record's id in the path: refused with 400 unless it is a UUID, and documented as one. */
export function RecordIdParam(name: string): ParameterDecorator {
  return (target, method, index) => {
    Param(name, new ParseUUIDPipe())(target, method, index);
    documentPathParameter(target, method, { name, type: String, format: 'uuid', description: 'The record’s id (a UUID)' });
  };
}

/** At most 18 digits: always within PostgreSQL's bigint, so no id can overflow into a server error. */
const SEQUENCE_NUMBER = /^[1-9][0-9]{0,17}$/;

class SequenceNumberPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!SEQUENCE_NUMBER.test(value)) throw new BadRequestException('the id must be a positive whole number (at most 18 digits)');
    return value;
  }
}

/** A record numbered from a sequence (an audit event), in the path: refused with 400 unless it is one. */
export function SequenceNumberParam(name: string): ParameterDecorator {
  return (target, method, index) => {
    Param(name, SequenceNumberPipe)(target, method, index);
    documentPathParameter(target, method, {
      name,
      schema: { type: 'string', pattern: SEQUENCE_NUMBER.source },
      example: '42',
      description: 'The record’s sequence number, as a string of digits',
    });
  };
}

/** A council's ONS/GSS code in the path: refused with 400 unless it has that shape, and documented with it. */
export function CouncilCodeParam(): ParameterDecorator {
  return (target, method, index) => {
    Param('code', GssCodePipe)(target, method, index);
    documentPathParameter(target, method, {
      name: 'code',
      schema: { type: 'string', pattern: GSS_CODE.source },
      example: 'E10000014',
      description: 'ONS/GSS code',
    });
  };
}
