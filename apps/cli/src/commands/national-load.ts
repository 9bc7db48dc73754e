import { parseArgs } from 'node:util';
import { createPrismaClient } from '@chiso/db';
import {
  countPlan,
  emptyDatabase,
  loadNational,
  NATIONAL_CATALOGUE,
  type NationalPlan,
  nationalPlan,
} from '@chiso/db/national';
import { type Output, onDatabase, readJson } from '../io.ts';

const USAGE =
  'usage: chiso national load [<catalogue.json>] [--provinces 22,06] [--reset]   (DATABASE_URL: the PostgreSQL database to fill)';

/**
 * `chiso national load`: every commune and district of the catalogue, two published years, into the
 * database DATABASE_URL names (the embedded one otherwise — fine for a province or two, slow for all).
 * Idempotent and resumable: provinces already loaded are skipped. `--reset` empties the database first.
 */
export async function nationalLoadCommand(argv: readonly string[], out: Output): Promise<number> {
  let plan: NationalPlan;
  let reset: boolean;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { provinces: { type: 'string' }, reset: { type: 'boolean' } },
    });
    if (positionals.length > 1) throw new Error('at most one catalogue file');
    const provinces = values.provinces?.split(',').map((code) => code.trim());
    plan = nationalPlan(readJson(positionals[0] ?? NATIONAL_CATALOGUE), provinces);
    reset = values.reset ?? false;
  } catch (error) {
    out.line(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const counts = countPlan(plan);
  out.line(
    `national load: ${counts.provinces} provinces, ${counts.districts} districts, ${counts.communes} communes, ${counts.groups} groups, ${counts.assessments} assessments`,
  );
  const started = performance.now();
  return onDatabase(await createPrismaClient({ migrate: true }), out, async (db) => {
    if (reset) await emptyDatabase(db);
    const result = await loadNational(db, plan, ({ province, skipped, ms }) =>
      out.line(
        `  ${province.code} ${province.name}: ${skipped ? 'already loaded' : `${(ms / 1000).toFixed(1)} s`}`,
      ),
    );
    out.line(
      `national load: ${result.loaded} provinces loaded, ${result.skipped} already there, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  });
}
