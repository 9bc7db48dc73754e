/**
 * Driver adapters for the schema engine: PGlite (embedded) and PostgreSQL, each with its own
 * shadow database for creating migrations.
 */
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { createPgliteCluster } from '../pglite/cluster.ts';

/**
 * PGlite. Pass the same PGlite instance the app uses — a data folder can be opened by one instance
 * only, and every `memory://` instance is a separate database.
 *
 * Creating migrations needs a shadow database. pglite-prisma-adapter's own `connectToShadowDb()`
 * opens a new `memory://` PGlite and never closes it: each one leaks memory and leaves PostgreSQL's
 * internal timers armed, which kept Node alive ~10 s after `createMigration`. Ours closes it.
 */
export function pgliteMigrationAdapter(db: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const main = new PrismaPGlite(db);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      const shadowDb = await createPgliteCluster('memory://');
      const shadow = await new PrismaPGlite(shadowDb).connect();
      return withDispose(shadow, () => shadowDb.close());
    },
  };
}

/**
 * PostgreSQL through @prisma/adapter-pg, with two workarounds:
 *
 * 1. The schema engine introspects catalog columns such as `pg_class.relkind` whose type is
 *    PostgreSQL's internal one-byte `"char"` (OID 18). adapter-pg has no mapping for it and throws
 *    `UnsupportedNativeDataType`. `pg` itself already returns those values as strings, so a
 *    `pg.Client` subclass relabels OID 18 result columns as `text` (OID 25). It is handed to the pool
 *    through pg-pool's `Client` option, which survives into every pool adapter-pg creates (including
 *    the shadow database's). Only migrations use it; the app's client never sees `"char"` columns.
 *
 * 2. Creating a migration needs an empty shadow database. adapter-pg's own `connectToShadowDb()`
 *    builds it from `{ ...config, database }`, which (a) is silently ignored when the config is a
 *    `connectionString` (pg lets the URL win, so the "shadow" would be the main database), and (b)
 *    drops the database before closing the pool connected to it. We therefore parse the URL into
 *    discrete fields and provide our own shadow factory: CREATE DATABASE, connect, and on dispose
 *    close the pool first, then DROP DATABASE … WITH (FORCE).
 *    Needs a role allowed to CREATE DATABASE — only for creating migrations, not for applying them.
 */
export function postgresMigrationAdapter(databaseUrl: string): SqlMigrationAwareDriverAdapterFactory {
  const config: pg.PoolConfig = { ...parseIntoClientConfig(databaseUrl), Client: CharAsTextClient, max: 2 };
  const main = new PrismaPg(config);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      const name = `prisma_shadow_${crypto.randomUUID().replaceAll('-', '')}`;
      const admin = new pg.Client(config);
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      const shadow = await new PrismaPg({ ...config, database: name }).connect();
      const dispose = async () => {
        await shadow.dispose(); // ends the shadow pool
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      };
      return withDispose(shadow, dispose);
    },
  };
}

/** OIDs from pg_type: `"char"` and `text`. */
const CHAR_OID = 18;
const TEXT_OID = 25;

function relabelCharColumns<R>(result: R): R {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of (r as pg.QueryResult | undefined)?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/** pg.Client whose results report `"char"` columns as `text` (values are strings either way). */
class CharAsTextClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: mirrors pg's many overloads of query().
  override query(...args: any[]): any {
    const last = args.at(-1);
    if (typeof last === 'function') {
      // Callback style (pg-pool's Pool.query uses it).
      args[args.length - 1] = (err: Error | null, res: unknown) =>
        last(err, err ? res : relabelCharColumns(res));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const ret = (super.query as (...a: unknown[]) => unknown)(...args);
    return ret instanceof Promise ? ret.then(relabelCharColumns) : ret; // streams/submittables untouched
  }
}

/** The same adapter object (its methods rely on `this`) with another dispose(). */
export function withDispose(adapter: SqlDriverAdapter, dispose: () => Promise<void>): SqlDriverAdapter {
  return new Proxy(adapter, {
    get: (target, prop, receiver) => (prop === 'dispose' ? dispose : Reflect.get(target, prop, receiver)),
  });
}
