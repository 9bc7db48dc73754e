export { FileTooLargeError } from './errors.ts';
export { ACCEPTED_EXTENSIONS, EVIDENCE_FILE_TYPES } from './file-types.ts';
export { DEFAULT_EVIDENCE_DIR, LocalEvidenceStore } from './local-store.ts';
export { evidenceDownloadUrl, evidenceJson } from './present.ts';
export { type EvidenceRoutesOptions, registerEvidenceRoutes } from './routes.ts';
export { DEFAULT_MAX_BYTES, type EvidenceStore, type StoredFile } from './store.ts';
