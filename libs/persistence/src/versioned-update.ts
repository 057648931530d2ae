import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

export type VersionedUpdateOutcome<T> = { kind: 'updated'; row: T } | { kind: 'stale'; currentVersion: number } | { kind: 'missing' };

/**
 * Optimistic concurrency: the update applies only if the row still has the version the caller
 * read, checked and bumped in the same statement, so two editors cannot both win.
 */
export async function updateIfVersion<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  key: Partial<T>,
  expectedVersion: number,
  changes: Partial<T>,
): Promise<VersionedUpdateOutcome<T>> {
  const repository = manager.getRepository(target);
  const result = await repository
    .createQueryBuilder()
    .update()
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where(key as ObjectLiteral)
    .andWhere('version = :expectedVersion', { expectedVersion })
    .execute();
  if (result.affected === 1) return { kind: 'updated', row: await repository.findOneByOrFail(key as never) };
  const current = await repository.findOneBy(key as never);
  return current ? { kind: 'stale', currentVersion: (current as unknown as { version: number }).version } : { kind: 'missing' };
}
