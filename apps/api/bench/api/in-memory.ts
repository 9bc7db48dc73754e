/**
 * The rows already held in memory: a database whose reads go to the database once each (by SQL text
 * and values, or model, operation and arguments) and are answered from memory after that — what
 * `execute` over it costs is GraphQL and the services' own work on the rows, without SQL.
 */
import { type Db, Prisma } from '@chiso/db';
import { makeEveryRead } from '../../src/services/comparisons/snapshot.ts';

type Read = (...args: unknown[]) => Promise<unknown>;

export function rowsInMemory(db: Db): Db {
  // Made into cohorts on every read, as the server did before it kept them (snapshot.ts).
  return makeEveryRead(rowsHeld(db));
}

function rowsHeld(db: Db): Db {
  const held = new Map<string, Promise<unknown>>();
  const remember = (key: string, read: () => Promise<unknown>) => {
    let rows = held.get(key);
    if (!rows) {
      // Prisma's promises run when awaited: await once, keep the rows.
      rows = Promise.resolve(read());
      held.set(key, rows);
    }
    return rows;
  };
  const delegates = new Map<string, unknown>();
  const delegate = (model: string, target: Record<string, unknown>) => {
    let found = delegates.get(model);
    if (!found) {
      found = new Proxy(target, {
        get(inner, operation) {
          const value = Reflect.get(inner, operation, inner);
          if (typeof value !== 'function' || typeof operation !== 'string') return value;
          return (args: unknown) =>
            remember(`${model}.${operation}:${JSON.stringify(args)}`, () =>
              (value as Read).call(inner, args),
            );
        },
      });
      delegates.set(model, found);
    }
    return found;
  };
  return new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (prop === '$queryRaw') {
        // A tagged template, or one Prisma.sql value.
        return (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => {
          const key =
            query instanceof Prisma.Sql
              ? `sql:${query.sql}:${JSON.stringify(query.values)}`
              : `sql:${query.join('?')}:${JSON.stringify(values)}`;
          return remember(key, () => (value as Read).call(target, query, ...values));
        };
      }
      if (typeof prop === 'string' && !prop.startsWith('$') && value && typeof value === 'object') {
        return delegate(prop, value as Record<string, unknown>);
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
