import { BadRequestException, type PipeTransform } from '@nestjs/common';
import { GSS_CODE, GSS_CODE_MESSAGE } from '../common/gss-code.js';

/** Refuses a path parameter that cannot be a GSS code before it reaches a query. */
export class GssCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!GSS_CODE.test(value)) throw new BadRequestException(`the council code ${GSS_CODE_MESSAGE}`);
    return value;
  }
}
