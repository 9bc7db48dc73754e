import type { AssessmentStatus, Db } from '@chiso/db';

export type Progress = Record<'total' | Lowercase<AssessmentStatus>, number>;

const empty = (): Progress => ({ total: 0, draft: 0, submitted: 0, returned: 0, approved: 0, published: 0 });

interface Waiting {
  promise: Promise<Progress>;
  resolve(progress: Progress): void;
  reject(error: unknown): void;
}

/** Per request (its context): the periods asked about since the last load. */
const batches = new WeakMap<object, Map<string, Waiting>>();

/**
 * Assessment counts by status of a period. The periods of one page ask in the same tick; they are
 * loaded together by one grouped query, so a page of 100 periods costs what a page of 10 does.
 */
export function periodProgress(context: { db: Db }, periodId: string): Promise<Progress> {
  let batch = batches.get(context);
  if (!batch) {
    const waiting = new Map<string, Waiting>();
    batch = waiting;
    batches.set(context, waiting);
    setImmediate(() => {
      batches.delete(context);
      void load(context.db, waiting);
    });
  }
  const known = batch.get(periodId);
  if (known) return known.promise;
  let settle!: Pick<Waiting, 'resolve' | 'reject'>;
  const promise = new Promise<Progress>((resolve, reject) => {
    settle = { resolve, reject };
  });
  batch.set(periodId, { promise, ...settle });
  return promise;
}

async function load(db: Db, waiting: Map<string, Waiting>): Promise<void> {
  try {
    const rows = await db.assessment.groupBy({
      by: ['periodId', 'status'],
      where: { periodId: { in: [...waiting.keys()] } },
      _count: { _all: true },
    });
    const counts = new Map([...waiting.keys()].map((id) => [id, empty()]));
    for (const row of rows) {
      const progress = counts.get(row.periodId);
      if (!progress) continue;
      progress[row.status.toLowerCase() as Lowercase<AssessmentStatus>] += row._count._all;
      progress.total += row._count._all;
    }
    for (const [id, { resolve }] of waiting) resolve(counts.get(id) ?? empty());
  } catch (error) {
    for (const { reject } of waiting.values()) reject(error);
  }
}
