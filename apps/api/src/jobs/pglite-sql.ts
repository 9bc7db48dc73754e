import type { Db } from '@chiso/db';

type PGlite = NonNullable<Db['$pglite']>;

/**
 * pg-boss's `db` option over the embedded database: its statements go through the one PGlite
 * connection the API already uses (PGlite queues them behind any open transaction). Statements
 * with parameters run as one prepared statement; pg-boss's schema and migration scripts (several
 * statements, `BEGIN … COMMIT`, no parameters) run as a script, answering the last result.
 */
export function pgliteSql(pglite: PGlite) {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) return pglite.query(text, values);
      const results = await pglite.exec(text);
      return results.at(-1) ?? { rows: [] };
    },
  };
}
