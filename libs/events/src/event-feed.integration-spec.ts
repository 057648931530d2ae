import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '#persistence';
import { eventually } from '../../../test/support/eventually.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { recordDomainEvent } from './domain-event.js';
import { decodeEventCursor, encodeEventCursor, type EventCursor } from './event-cursor.js';
import { readEventFeed } from './event-feed.js';

const HAMPSHIRE = 'E10000014';
const TORBAY = 'E06000027';

describe('the event feed', () => {
  let database: TestDatabase;
  let writers: DataSource;
  let reader: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    writers = await new DataSource(buildDataSourceOptions({ url: database.url, poolMax: 24 })).initialize();
    reader = await new DataSource(buildDataSourceOptions({ url: database.url, poolMax: 2 })).initialize();
  });

  afterAll(async () => {
    await writers?.destroy();
    await reader?.destroy();
    await database?.drop();
  });

  const committedIds = async (): Promise<string[]> =>
    ((await reader.query(`SELECT id::text FROM domain_event ORDER BY id`)) as { id: string }[]).map((row) => row.id);

  /** The id the sequence gave a write inside a transaction that has not committed. */
  const latestIdOf = async (manager: DataSource['manager']): Promise<bigint> =>
    BigInt(
      ((await manager.query(`SELECT max(id)::text AS id FROM domain_event WHERE xact_id = pg_current_xact_id()`)) as { id: string }[])[0]
        .id,
    );

  class RolledBack extends Error {}

  /** Writers not holding a transaction open: when none is left, holding on would wait for nothing. */
  let writersMoving = 0;

  /**
   * One writer's transaction: one to three events, and then, for some, the transaction is held
   * open until a transaction that began later has committed an event with a higher id (the case a
   * reader in id order would skip); a few roll back, and their events must never appear.
   */
  async function writeTransaction(writer: number, round: number): Promise<void> {
    const hold = round % 4 === writer % 4;
    const rollBack = round % 9 === 5;
    await writers
      .transaction(async (manager) => {
        for (let index = 0; index <= (writer + round) % 3; index++) {
          await recordDomainEvent(manager, {
            type: 'partnership.stage_changed',
            councilCodes: [writer % 5 === 0 ? TORBAY : HAMPSHIRE],
            subject: { type: 'partnership', id: `writer-${writer}` },
            data: { writer, round, index },
          });
        }
        if (hold) await holdUntilOvertaken(await latestIdOf(manager));
        if (rollBack) throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
  }

  async function holdUntilOvertaken(mine: bigint): Promise<void> {
    writersMoving--;
    try {
      await eventually(
        async () => ({
          overtaken:
            ((await reader.query(`SELECT count(*)::int AS n FROM domain_event WHERE id > $1`, [mine.toString()])) as { n: number }[])[0].n >
            0,
          moving: writersMoving,
        }),
        (state) => state.overtaken || state.moving === 0,
        `an event after ${mine} committed while ${mine} is held open`,
        { everyMs: 5, timeoutMs: 30_000 },
      );
    } finally {
      writersMoving++;
    }
  }

  it('gives a reader polling alongside many concurrent writers every committed event exactly once, in a stable order', async () => {
    const WRITERS = 16;
    const ROUNDS = 12;
    let writing = true;
    writersMoving = WRITERS;
    const writersDone = Promise.all(
      Array.from({ length: WRITERS }, async (_unused, writer) => {
        for (let round = 0; round < ROUNDS; round++) await writeTransaction(writer, round);
        writersMoving--;
      }),
    ).finally(() => {
      writing = false;
    });

    const seen: string[] = [];
    let cursor: EventCursor | undefined;
    let pagesWhileWriting = 0;
    const poll = async () => {
      const page = await readEventFeed(reader, { after: cursor, limit: 5 });
      seen.push(...page.events.map((event) => event.id));
      // The cursor goes out to the integrator and comes back: it must survive the trip.
      cursor = decodeEventCursor(encodeEventCursor(page.next));
    };
    while (writing) {
      await poll();
      pagesWhileWriting++;
    }
    await writersDone;
    const committed = await committedIds();
    // Another database's transaction on the same server may hold the horizon back a moment.
    await eventually(
      async () => (await poll(), seen.length),
      (count) => count >= committed.length,
      'the reader has caught up with every committed event',
      { everyMs: 10 },
    );

    expect(pagesWhileWriting).toBeGreaterThan(10);
    expect(committed.length).toBeGreaterThan(WRITERS * ROUNDS);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...committed].sort());
  }, 120_000);

  it('shows a council only its own events, and a reader without a council every one', async () => {
    const everything = await readEventFeed(reader, { limit: 500 });
    const hampshire = await readEventFeed(reader, { limit: 500, councilCode: HAMPSHIRE });
    expect(hampshire.events.length).toBeGreaterThan(0);
    expect(hampshire.events.every((event) => event.councilCodes.includes(HAMPSHIRE))).toBe(true);
    expect(everything.events.length).toBeGreaterThan(hampshire.events.length);
  });

  it('holds back events committed after a transaction still in flight began writing, until it ends', async () => {
    const start = (await readEventFeed(reader, { limit: 500 })).next;
    const runner = writers.createQueryRunner();
    await runner.startTransaction();
    await recordDomainEvent(runner.manager, {
      type: 'council.abolished',
      councilCodes: [HAMPSHIRE],
      subject: { type: 'council', id: 'slow' },
      data: {},
    });
    await writers.transaction((manager) =>
      recordDomainEvent(manager, {
        type: 'council.abolished',
        councilCodes: [HAMPSHIRE],
        subject: { type: 'council', id: 'fast' },
        data: {},
      }),
    );
    const whileHeld = await readEventFeed(reader, { after: start, limit: 10 });
    expect(whileHeld.events.map((event) => event.subject.id)).toEqual([]);
    await runner.commitTransaction();
    await runner.release();
    const afterwards = await eventually(
      () => readEventFeed(reader, { after: whileHeld.next, limit: 10 }),
      (page) => page.events.length > 0,
      'the held events appear once their transaction has ended',
    );
    expect(afterwards.events.map((event) => event.subject.id)).toEqual(['slow', 'fast']);
  });

  it('refuses to publish an event outside a transaction', async () => {
    await expect(
      recordDomainEvent(writers.manager, {
        type: 'council.abolished',
        councilCodes: [HAMPSHIRE],
        subject: { type: 'council', id: 'x' },
        data: {},
      }),
    ).rejects.toThrow(/in the transaction of the change/);
  });
});
