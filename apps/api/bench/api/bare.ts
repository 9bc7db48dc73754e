/**
 * The ceiling: graphql-js `execute` of the same operation on the same schema and database, in this
 * process, with no HTTP, no Apollo Server and no response cache — `clients` loops back to back for
 * `seconds`. The document is parsed and validated once, as Apollo's document cache does.
 */

import type { Db } from '@chiso/db';
import { execute, parse, validate } from 'graphql';
import { schema } from '../../src/schema/index.ts';
import { analystContext } from './analyst-context.ts';
import { type RunStats, runStats } from './stats.ts';

export interface BareLoad {
  db: Db;
  query: string;
  variables: Record<string, unknown>;
  /** The signed-in analyst the HTTP clients are. */
  userId: string;
  clients: number;
  seconds: number;
}

export async function driveBare(load: BareLoad): Promise<RunStats> {
  const document = parse(load.query);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`invalid operation: ${errors.map((e) => e.message).join('; ')}`);
  const contextValue = (await analystContext(load.db, load.userId, 'bench'))();
  const once = async () => {
    const result = await execute({ schema, document, variableValues: load.variables, contextValue });
    if (result.errors?.length) throw new Error(`bare execute failed: ${result.errors[0]?.message}`);
  };
  await once();
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + load.seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const start = performance.now();
      await once();
      latencies.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: load.clients }, client));
  return runStats(latencies, (performance.now() - started) / 1000);
}
