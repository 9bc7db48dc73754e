/**
 * PostgreSQL's backup with its own tools: `pg_dump -Fc` (a consistent snapshot, taken while the
 * server runs) and `pg_restore --clean --if-exists` in one transaction (all or nothing). The
 * connection goes to them through libpq's environment variables, never the command line, so the
 * password does not show in the process list; Prisma's own URL parameters (`schema`,
 * `connection_limit`…), which libpq would refuse, are left out.
 */
import { spawn } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { toolFailed, toolMissing } from './problems.ts';

/** URL query parameters that libpq reads from the environment, by their variable. */
const LIBPQ_PARAMETERS: Record<string, string> = {
  sslmode: 'PGSSLMODE',
  sslrootcert: 'PGSSLROOTCERT',
  sslcert: 'PGSSLCERT',
  sslkey: 'PGSSLKEY',
  connect_timeout: 'PGCONNECT_TIMEOUT',
  application_name: 'PGAPPNAME',
  options: 'PGOPTIONS',
};

export interface Connection {
  /** libpq's variables for the tools. */
  env: Record<string, string>;
  /** The database and server, without the password, to say what was backed up. */
  label: string;
  database: string;
}

export function connectionOf(databaseUrl: string): Connection {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.slice(1)) || 'postgres';
  // `?host=/run/postgresql` names a Unix socket folder, as libpq's own URLs allow.
  const host = url.searchParams.get('host') ?? decodeURIComponent(url.hostname);
  const env: Record<string, string> = { PGDATABASE: database };
  if (host) env.PGHOST = host;
  if (url.port) env.PGPORT = url.port;
  if (url.username) env.PGUSER = decodeURIComponent(url.username);
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  for (const [parameter, variable] of Object.entries(LIBPQ_PARAMETERS)) {
    const value = url.searchParams.get(parameter);
    if (value !== null) env[variable] = value;
  }
  return { env, database, label: `${database} (${host || 'localhost'}${url.port ? `:${url.port}` : ''})` };
}

/** Runs one of PostgreSQL's tools (from CHISO_PG_BIN when set, else the PATH); its errors become problems. */
function runTool(tool: string, args: string[], connection: Connection): Promise<void> {
  const bin = process.env.CHISO_PG_BIN;
  const command = bin ? path.join(bin, tool) : tool;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...connection.env },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? toolMissing(tool) : error),
    );
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(toolFailed(tool, signal ?? `exit ${code}`, stderr.trim()));
    });
  });
}

export async function backupPostgres(connection: Connection, file: string): Promise<void> {
  // Written beside, then renamed: a backup file is whole or absent.
  const partial = `${file}.partial`;
  try {
    await runTool('pg_dump', ['--format=custom', `--file=${partial}`], connection);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  await rename(partial, file);
}

export function restorePostgres(connection: Connection, file: string): Promise<void> {
  return runTool(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      // Objects belong to the account that restores (the server's), whoever owned them where the dump was made.
      '--no-owner',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${connection.database}`,
      file,
    ],
    connection,
  );
}
