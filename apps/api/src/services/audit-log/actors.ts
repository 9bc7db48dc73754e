import type { Context } from '../../context.ts';

interface Batch {
  users: Map<string, Promise<string | null>>;
  tokens: Map<string, Promise<string | null>>;
}

const batches = new WeakMap<Context, Batch>();

/**
 * Who made a change, by name: a person's name, or a dashboard token's name. One query per kind for
 * a whole page of entries — the lookups of a tick are gathered, then asked for together.
 */
export function actorName(context: Context, entry: { actorKind: string; actorId: string | null }) {
  if (!entry.actorId || (entry.actorKind !== 'user' && entry.actorKind !== 'token')) return null;
  let batch = batches.get(context);
  if (!batch) {
    batch = { users: new Map(), tokens: new Map() };
    batches.set(context, batch);
  }
  const kind = entry.actorKind === 'user' ? 'users' : 'tokens';
  const known = batch[kind].get(entry.actorId);
  if (known) return known;
  const pending = new Promise<string | null>((resolve, reject) => {
    queued(context, kind).push({ id: entry.actorId as string, resolve, reject });
  });
  batch[kind].set(entry.actorId, pending);
  return pending;
}

type Waiting = { id: string; resolve: (name: string | null) => void; reject: (error: unknown) => void };
const queues = new WeakMap<Context, Record<keyof Batch, Waiting[] | undefined>>();

function queued(context: Context, kind: keyof Batch): Waiting[] {
  let byKind = queues.get(context);
  if (!byKind) {
    byKind = { users: undefined, tokens: undefined };
    queues.set(context, byKind);
  }
  const existing = byKind[kind];
  if (existing) return existing;
  const queue: Waiting[] = [];
  byKind[kind] = queue;
  setImmediate(async () => {
    (byKind as Record<keyof Batch, Waiting[] | undefined>)[kind] = undefined;
    const ids = queue.map((waiting) => waiting.id);
    try {
      const rows =
        kind === 'users'
          ? await context.db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
          : await context.db.apiToken.findMany({
              where: { id: { in: ids } },
              select: { id: true, name: true },
            });
      const names = new Map(rows.map((row) => [row.id, row.name]));
      for (const waiting of queue) waiting.resolve(names.get(waiting.id) ?? null);
    } catch (error) {
      for (const waiting of queue) waiting.reject(error);
    }
  });
  return queue;
}
