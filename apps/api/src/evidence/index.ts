export { LocalEvidenceStore } from './local-store.ts';
export { registerEvidenceRoutes } from './routes.ts';
