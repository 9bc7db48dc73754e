export {
  type CreatePrismaClientOptions,
  createPrismaClient,
  type Db,
  openPglite,
  pgliteDataDir,
  type Tx,
} from './client.ts';
export * from './criteria/index.ts';
export { getDatamodel } from './generated/pothos-types.ts';
export * from './generated/prisma/client.ts';
export { knownMigrations, missingMigrations } from './migrate/missing.ts';
export type { ChangeListener } from './notifications.ts';
export {
  hashPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  type PasswordProblem,
  passwordProblems,
  temporaryPassword,
  verifyPassword,
} from './password.ts';
export { DumpBlob, dumpPglite } from './pglite/cluster.ts';
export * from './results/index.ts';
export { StatementCounter } from './statements.ts';
export { type Permits, permits } from './transaction-gate.ts';
export * from './units/index.ts';
export * from './users/index.ts';
