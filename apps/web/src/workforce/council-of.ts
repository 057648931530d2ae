import { NotFoundException } from '@nestjs/common';
import type { SignedInPerson } from '../api/person-api.js';

const GSS_CODE = /^[EWSN]\d{8}$/;

/**
 * The council a workforce page is about: the one asked for (commissioners and admins may read
 * any), else the person's own. Whether they may see it is the API's answer, not the page's.
 */
export function councilOf(person: SignedInPerson, asked: unknown): string {
  if (typeof asked === 'string' && GSS_CODE.test(asked)) return asked;
  if (person.councilCode) return person.councilCode;
  throw new NotFoundException();
}
