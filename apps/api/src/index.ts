/**
 * The API's public entry, for callers that run it in their own process (the benchmarks compare the
 * server with bare graphql-js on the same schema): the HTTP server and the executable schema.
 */

export { schema } from './schema/index.ts';
export { type AppOptions, createApp } from './server.ts';
