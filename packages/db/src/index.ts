export { type CreatePrismaClientOptions, createPrismaClient, type Db, openPglite } from './client.ts';
export * from './generated/prisma/client.ts';
export { StatementCounter } from './statements.ts';
export * from './units/index.ts';
