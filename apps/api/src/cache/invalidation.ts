/**
 * Keeps this process's caches true to the database: LISTENs on the channels the change_notifications
 * migration's triggers notify when a transaction commits, whichever process or command wrote.
 * - chiso_published: the response cache forgets its answers, the what-if memory its cohorts;
 * - chiso_viewers: the viewer memory forgets who each credential is.
 * While the listening connection is lost both caches are suspended (they could miss a change) and
 * emptied again when it listens anew. A mutation here waits until its own notifications have been
 * handed over before it answers, so the writer's next read is already fresh.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { ChangeListener, Db } from '@chiso/db';
import type { FastifyBaseLogger } from 'fastify';
import { connectionErrorLog } from '../connection-errors.ts';
import type { Context } from '../context.ts';
import type { ResponseCache } from './response-cache.ts';
import type { ViewerCache } from './viewers.ts';
import type { WhatIfMemory } from './what-if-memory.ts';

const PUBLISHED = 'chiso_published';
const VIEWERS = 'chiso_viewers';
/** The cause counted when notifications may have been missed. */
const CONNECTION = 'connection';

export interface Invalidation {
  /** Holds each mutation's answer until its notifications have reached this process. */
  plugin: ApolloServerPlugin<Context>;
  close(): Promise<void>;
}

export async function invalidateOnChanges(
  db: Db,
  caches: { responses?: ResponseCache | undefined; viewers: ViewerCache; whatIf?: WhatIfMemory | undefined },
  log: FastifyBaseLogger,
): Promise<Invalidation> {
  const { responses, viewers, whatIf } = caches;
  const listener: ChangeListener = await db.$listen([PUBLISHED, VIEWERS], {
    onNotification(channel, table) {
      if (channel === PUBLISHED) {
        responses?.invalidate(table);
        whatIf?.invalidate(table);
      } else if (channel === VIEWERS) viewers.forget(table);
    },
    onListening() {
      responses?.resume(CONNECTION);
      viewers.resume(CONNECTION);
      whatIf?.resume(CONNECTION);
    },
    onLost(error) {
      log.warn(connectionErrorLog(error), 'change notifications lost: caches off until they are back');
      responses?.suspend(CONNECTION);
      viewers.suspend(CONNECTION);
      whatIf?.suspend(CONNECTION);
    },
  });
  return {
    plugin: {
      async requestDidStart() {
        return {
          async willSendResponse({ operation }) {
            if (operation?.operation === 'mutation') await listener.sync();
          },
        };
      },
    },
    close: () => listener.close(),
  };
}
