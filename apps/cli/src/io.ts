import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Db } from '@chiso/db';

/** Output sink: the terminal in use, an array in tests. */
export interface Output {
  line(text?: string): void;
}

export const terminal: Output = { line: (text = '') => process.stdout.write(`${text}\n`) };

/** Paths are relative to where the user ran `pnpm chiso`, not to the package folder pnpm moves to. */
export function userPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** A JSON file the user named; a missing or malformed file says which one. */
export function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(userPath(path), 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** Pads to a width, counting characters as people see them (Vietnamese diacritics included). */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const length = [...text.normalize('NFC')].length;
  const fill = ' '.repeat(Math.max(0, width - length));
  return align === 'left' ? text + fill : fill + text;
}

/** A command's work on a database: 0 when it succeeds, 1 with the error's message; the client is closed either way. */
export async function onDatabase(db: Db, out: Output, work: (db: Db) => Promise<void>): Promise<number> {
  try {
    await work(db);
    return 0;
  } catch (error) {
    out.line(`error: ${(error as Error).message}`);
    return 1;
  } finally {
    await db.$close();
  }
}
