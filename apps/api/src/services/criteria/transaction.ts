import type { Tx } from '@chiso/db';
import type { Context } from '../../context.ts';
import { conflict } from '../../errors.ts';
import { VERSION } from './access.ts';

/**
 * Runs a change in one transaction. A unique-constraint race (two drafts given the same label at
 * once) answers CONFLICT like any other concurrent change, not as an unexpected error.
 */
export async function inTransaction<T>(
  context: Pick<Context, 'db'>,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  try {
    return await context.db.$transaction(work);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'P2002') throw conflict(VERSION);
    throw error;
  }
}
