import type pg from 'pg';
import { REFERENCE_COUNCILS } from './councils.js';

/** Inserts the reference councils and their successions; councils already present are left as they are. */
export async function seedReferenceCouncils(client: pg.Client | pg.PoolClient): Promise<number> {
  let inserted = 0;
  for (const council of REFERENCE_COUNCILS) {
    const result = await client.query(
      `INSERT INTO council (code, name, type, region, hq_latitude, hq_longitude, ofsted_judgement, ofsted_judgement_date,
         ofsted_judgement_illustrative, savings_programme_name, savings_programme_target_pence, savings_programme_end_date, abolished_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (code) DO NOTHING`,
      [
        council.code,
        council.name,
        council.type,
        council.region,
        council.hq.latitude,
        council.hq.longitude,
        council.ofsted?.judgement ?? null,
        council.ofsted?.date ?? null,
        council.ofsted?.illustrative ?? false,
        council.savingsProgramme?.name ?? null,
        council.savingsProgramme?.targetPence ?? null,
        council.savingsProgramme?.endDate ?? null,
        council.abolishedOn ?? null,
      ],
    );
    inserted += result.rowCount ?? 0;
  }
  for (const council of REFERENCE_COUNCILS) {
    for (const successor of council.successorCodes ?? []) {
      await client.query(
        `INSERT INTO council_succession (predecessor_code, successor_code, effective_from) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [council.code, successor, council.abolishedOn],
      );
    }
  }
  await client.query(`INSERT INTO governance_settings (council_code) SELECT code FROM council ON CONFLICT DO NOTHING`);
  return inserted;
}
