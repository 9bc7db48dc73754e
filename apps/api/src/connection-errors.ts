/**
 * What the log says of a failed database connection: the error with its code at the top (57P01 when
 * the server ended the session, ECONNRESET for a cut), so that an operator can search for it.
 * pg-pool hangs the dead `pg.Client` on an idle connection's error; pino would print it whole, with
 * its connection parameters (the password among them), so it is taken off first.
 */
export function connectionErrorLog(error: unknown): { err: unknown; code: string | undefined } {
  if (error && typeof error === 'object' && 'client' in error) delete (error as { client?: unknown }).client;
  return { err: error, code: (error as { code?: string } | undefined)?.code };
}
