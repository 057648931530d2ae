import pg from 'pg';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable.js';

function databaseError(code: string, message: string): pg.DatabaseError {
  return Object.assign(new pg.DatabaseError(message, message.length, 'error'), { code });
}

function socketError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, syscall: 'connect' });
}

describe('telling "the database is away" from "the database refused this"', () => {
  it.each([
    ['a refused connection', socketError('ECONNREFUSED')],
    ['a reset connection', socketError('ECONNRESET')],
    ['a dual-stack connect refused on every address', new AggregateError([socketError('ECONNREFUSED'), socketError('ECONNREFUSED')])],
    ['a server shut down by its administrator (57P01)', databaseError('57P01', 'terminating connection due to administrator command')],
    ['a server still starting up (57P03)', databaseError('57P03', 'the database system is starting up')],
    ['a connection failure (08006)', databaseError('08006', 'connection failure')],
    ['a dropped connection, as node-postgres reports it', new Error('Connection terminated unexpectedly')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    [
      'any of these wrapped by TypeORM',
      new QueryFailedError('SELECT 1', [], databaseError('57P01', 'terminating connection due to administrator command')),
    ],
    ['any of these as the cause of another error', new Error('authentication failed', { cause: socketError('ECONNREFUSED') })],
  ])('%s is unavailability', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', new QueryFailedError('INSERT', [], databaseError('23505', 'duplicate key value'))],
    ['an invalid text representation (22P02)', databaseError('22P02', 'invalid input syntax for type uuid')],
    ['a statement cancelled by a timeout (57014)', databaseError('57014', 'canceling statement due to statement timeout')],
    ['an error of the program', new TypeError('cannot read properties of undefined')],
    ['something that is not an error', 'ECONNREFUSED'],
  ])('%s is not', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
