import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { StoredDraft } from './draft.ts';

// One database of its own, so nothing else the console may keep in the browser collides with it.
let store: UseStore | null | undefined;
function draftStore(): UseStore | null {
  if (store === undefined) {
    try {
      store = typeof indexedDB === 'undefined' ? null : createStore('chiso-drafts', 'assessment-entries');
    } catch {
      store = null; // a browser that refuses IndexedDB (some private modes): drafts live in memory only
    }
  }
  return store;
}

/**
 * The browser's copy of an assessment's unsaved entries. Each call fails soft: a browser without
 * storage still saves to the server, it only cannot keep a draft across a reload.
 */
export async function loadDraft(assessmentId: string): Promise<StoredDraft | undefined> {
  const db = draftStore();
  if (!db) return undefined;
  try {
    return await get<StoredDraft>(assessmentId, db);
  } catch {
    return undefined;
  }
}

export async function storeDraft(draft: StoredDraft): Promise<void> {
  const db = draftStore();
  if (db) await set(draft.assessmentId, draft, db).catch(() => undefined);
}

export async function clearDraft(assessmentId: string): Promise<void> {
  const db = draftStore();
  if (db) await del(assessmentId, db).catch(() => undefined);
}
