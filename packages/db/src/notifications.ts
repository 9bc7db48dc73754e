/**
 * LISTEN for the change notifications the database sends when a transaction commits (the triggers
 * of prisma/migrations/…_change_notifications): what lets every process forget what it keeps in
 * memory, whoever wrote.
 *
 * - PGlite: its own `listen` — one process, and a notification is delivered while the committing
 *   statement's answer is read, so before the writer's own call returns. On the database's own
 *   thread (pglite/thread.ts) too: there the notification is posted before that answer, on the same
 *   port, and messages of one port arrive in order.
 * - PostgreSQL: one dedicated `pg` connection (a pooled one may be handed to a query or closed at any
 *   time). When it is lost, `onLost` is called — notifications may be missed from then on — and it
 *   reconnects with a growing delay; `onListening` is called each time it listens again.
 */
import pg from 'pg';
import type { EmbeddedSql } from './pglite/embedded.ts';

export interface ListenHandlers {
  onNotification(channel: string, payload: string): void;
  /** Listening (again): nothing was missed from now on. */
  onListening(): void;
  /** The connection is gone: notifications may be missed until the next `onListening`. */
  onLost(error?: unknown): void;
}

export interface ChangeListener {
  /**
   * Resolves once every notification of a transaction committed before the call has been handed to
   * `onNotification`: a writer awaits it before answering, so that its own next read is fresh.
   */
  sync(): Promise<void>;
  close(): Promise<void>;
}

type ListenSource = { embedded: EmbeddedSql } | { databaseUrl: string };

const MAX_RETRY_MS = 30_000;
const LISTENER_NAME = 'chiso-change-listener';

export async function listenForChanges(
  source: ListenSource,
  channels: readonly string[],
  handlers: ListenHandlers,
): Promise<ChangeListener> {
  if ('embedded' in source) return listenOnPglite(source.embedded, channels, handlers);
  return listenOnPostgres(source.databaseUrl, channels, handlers);
}

async function listenOnPglite(
  pglite: EmbeddedSql,
  channels: readonly string[],
  handlers: ListenHandlers,
): Promise<ChangeListener> {
  const stops = await Promise.all(
    channels.map((channel) => pglite.listen(channel, (payload) => handlers.onNotification(channel, payload))),
  );
  handlers.onListening();
  return {
    // Delivered with the COMMIT's answer, before it (see above): nothing can be pending.
    sync: async () => {},
    close: async () => {
      if (pglite.closed) return;
      await Promise.all(stops.map((stop) => stop()));
    },
  };
}

async function listenOnPostgres(
  databaseUrl: string,
  channels: readonly string[],
  handlers: ListenHandlers,
): Promise<ChangeListener> {
  let client: pg.Client | null = null;
  let closed = false;
  let retryMs = 250;
  let timer: NodeJS.Timeout | undefined;

  const lost = (from: pg.Client, error?: unknown) => {
    if (client !== from) return;
    client = null;
    from.removeAllListeners('notification');
    from.end().catch(() => {});
    if (closed) return;
    handlers.onLost(error);
    timer = setTimeout(() => void connect(), retryMs);
    // A server that stays away must not keep the process alive, nor be hammered.
    timer.unref();
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  };

  const connect = async (): Promise<void> => {
    // Named, so that an operator sees it in pg_stat_activity.
    const next = new pg.Client({
      connectionString: databaseUrl,
      keepAlive: true,
      application_name: LISTENER_NAME,
    });
    client = next;
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next));
    next.on('notification', (message) => {
      if (client === next) handlers.onNotification(message.channel, message.payload ?? '');
    });
    try {
      await next.connect();
      for (const channel of channels) await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      lost(next, error);
      return;
    }
    if (client !== next) return;
    retryMs = 250;
    handlers.onListening();
  };

  // The server delivers the notifications a listening session has pending before it reports a
  // statement complete, and a commit signals listeners before it returns to the writer: a round
  // trip begun after the caller's commit brings its notifications. Callers arriving while one is
  // under way share the next (one query at a time on this connection, however many writers).
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const roundTrip = async () => {
    await client?.query('SELECT 1').catch(() => {});
  };
  const sync = (): Promise<void> => {
    if (!running) {
      running = roundTrip().finally(() => {
        running = null;
      });
      return running;
    }
    next ??= running.then(() => {
      next = null;
      return sync();
    });
    return next;
  };

  await connect();
  return {
    sync,
    async close() {
      closed = true;
      clearTimeout(timer);
      const last = client;
      client = null;
      await last?.end().catch(() => {});
    },
  };
}
