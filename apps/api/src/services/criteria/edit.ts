import { replaceVersionDocument } from '@chiso/db';
import type { CriteriaSet } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { conflict } from '../../errors.ts';
import { loadDraft, VERSION } from './access.ts';
import { checkStructure, storedSet } from './document.ts';
import { recomputeMaxima } from './maxima.ts';

/** What every draft edit's input carries besides the draft's id (checked on the GraphQL input type). */
export const DraftEditInput = z.object({
  revision: z.number().int().nonnegative(),
  recomputeMaxima: z.boolean().nullish(),
});

/** The draft an edit applies to, the revision the client read, and whether maxima roll up. */
export interface DraftTarget {
  versionId: string;
  revision: number;
  recomputeMaxima: boolean;
}

/** What an edit did to the tree, for the audit entry (the revision is added to both sides). */
export interface EditRecord {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  /** A whole new document, when the edit replaces it rather than changing the copy it was given. */
  document?: unknown;
}

/**
 * The one way a draft changes: load it (NOT_FOUND, INVALID_TRANSITION once published), check the
 * revision the client read, apply `change` to a copy, check the result's structure, optionally roll
 * maxima up, then write it only if the revision has not moved meanwhile (CONFLICT) — and audit it.
 */
export async function editDraft(
  context: Context,
  target: DraftTarget,
  action: string,
  change: (set: CriteriaSet) => EditRecord,
) {
  const { versionId, revision, recomputeMaxima: recompute } = target;
  return context.db.$transaction(async (tx) => {
    const version = await loadDraft(tx, versionId, context.viewer);
    if (version.revision !== revision) throw conflict(VERSION);
    const copy = structuredClone(storedSet(version.document));
    const record = change(copy);
    const checked = checkStructure(record.document ?? copy);
    const next = recompute ? recomputeMaxima(checked) : checked;
    const written = await replaceVersionDocument(tx, versionId, next, { revision });
    if (!written) throw conflict(VERSION);
    await audit(tx, context, {
      action,
      entityType: 'CriteriaVersion',
      entityId: versionId,
      before: { revision, ...record.before },
      after: { revision: written.revision, ...record.after, ...(recompute ? { recomputeMaxima: true } : {}) },
    });
    return written;
  });
}
