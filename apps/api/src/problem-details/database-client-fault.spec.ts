import { Logger } from '@nestjs/common';
import { clientFaultProblem } from './database-client-fault.js';

/** A pg error as TypeORM wraps it: QueryFailedError keeps the driver's error beside its own copy. */
function queryFailed(code: string, message: string, constraint?: string): Error {
  const driverError = Object.assign(new Error(message), { code, constraint });
  return Object.assign(new Error(message), { driverError, code });
}

describe('PostgreSQL errors the client caused', () => {
  beforeAll(() => {
    Logger.overrideLogger(false);
  });

  it.each([
    ['22P02', 'invalid input syntax for type numeric: "null"'],
    ['22003', 'value "2147483648" is out of range for type integer'],
    ['22021', 'invalid byte sequence for encoding "UTF8": 0x00'],
  ])('answers %s (%s) with 422 invalid_value, without the SQL message', (code, message) => {
    const problem = clientFaultProblem(queryFailed(code, message));
    expect(problem).toMatchObject({ status: 422, code: 'invalid_value' });
    expect(problem?.detail).not.toContain(message);
  });

  it('tells a reference to a missing record from a record still in use', () => {
    expect(
      clientFaultProblem(queryFailed('23503', 'insert or update on table "staff_member" violates foreign key constraint')),
    ).toMatchObject({
      status: 422,
      code: 'unknown_reference',
    });
    expect(clientFaultProblem(queryFailed('23503', 'update or delete on table "team" violates foreign key constraint'))).toMatchObject({
      status: 409,
      code: 'still_referenced',
    });
  });

  it('answers a duplicate with 409 and a broken check with 422', () => {
    expect(
      clientFaultProblem(queryFailed('23505', 'duplicate key value violates unique constraint', 'team_name_unique_in_council')),
    ).toMatchObject({
      status: 409,
      code: 'conflict',
    });
    expect(clientFaultProblem(queryFailed('23514', 'new row violates check constraint'))).toMatchObject({
      status: 422,
      code: 'rule_broken',
    });
  });

  it('recognises the bare driver error as well', () => {
    const bare = Object.assign(new Error('value out of range'), { code: '22003' });
    expect(clientFaultProblem(bare)).toMatchObject({ status: 422 });
  });

  it.each([
    ['a server fault (division by zero)', queryFailed('22012', 'division by zero')],
    ['a lost connection', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })],
    ['a Node error whose code looks like a SQLSTATE', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })],
    ['an error without a code', new Error('boom')],
    ['something thrown that is not an error', 'boom'],
  ])('leaves %s alone', (_what, exception) => {
    expect(clientFaultProblem(exception)).toBeUndefined();
  });
});
