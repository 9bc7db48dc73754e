import type { Locale, ScoredNode } from '@chiso/scoring';
import { type RawInput, relocaliseRaws } from '../../../lib/scoring.ts';

/** What a person typed for one criterion, as the page shows it. */
export interface TypedEntry {
  raw: RawInput | undefined;
  explanation: string;
}

/** One criterion's value as the server stores it (and as it is sent). */
export interface EntryValue {
  input: unknown;
  explanation: string | null;
}

/**
 * The entries typed on one assessment and not yet on the server, as the browser keeps them. `base`
 * holds the server's value each one was typed over: a later change by someone else shows as a server
 * value that is no longer the base, whatever happened to the revision meanwhile.
 */
export interface StoredDraft {
  assessmentId: string;
  /** The server's revision when the draft was last written (for the record; `base` decides). */
  revision: number;
  typed: Record<string, TypedEntry>;
  base: Record<string, EntryValue>;
  /** ISO instant of the last write. */
  updatedAt: string;
  /** The console's language when it was typed, which its numbers follow ("0,75" / "0.75"); vi if absent. */
  locale?: Locale;
}

/** A kept draft with its typed numbers in the console's language now, whatever it was typed in. */
export function draftInLocale(
  draft: StoredDraft,
  nodes: readonly Pick<ScoredNode, 'code' | 'rule'>[],
  locale: Locale,
): StoredDraft {
  const from = draft.locale ?? 'vi';
  if (from === locale) return draft;
  const raws: Record<string, RawInput> = {};
  for (const [code, entry] of Object.entries(draft.typed))
    if (entry.raw !== undefined) raws[code] = entry.raw;
  const shown = relocaliseRaws(nodes, raws, from, locale);
  const typed: Record<string, TypedEntry> = {};
  for (const [code, entry] of Object.entries(draft.typed))
    typed[code] = { ...entry, raw: shown[code] ?? entry.raw };
  return { ...draft, typed, locale };
}

/** A criterion typed here that someone else changed on the server meanwhile: the person chooses. */
export interface DraftConflict {
  code: string;
  mine: TypedEntry;
  theirs: EntryValue;
}

export const EMPTY_VALUE: EntryValue = { input: null, explanation: null };

/** The server trims explanations and keeps none for blank text. */
export const normalExplanation = (text: string | null | undefined): string | null => text?.trim() || null;

/** Equal as stored: object keys in any order (PostgreSQL's jsonb reorders them), explanations trimmed. */
export function sameValue(a: EntryValue, b: EntryValue): boolean {
  return (
    canonical(a.input ?? null) === canonical(b.input ?? null) &&
    normalExplanation(a.explanation) === normalExplanation(b.explanation)
  );
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * Lays a kept draft over what the server has now, criterion by criterion: one the server already
 * holds is done; one nobody else touched is kept (rebased onto the server's value); one changed on
 * the server since it was typed is a conflict. Nothing typed is dropped unless the server has it.
 */
export function rebaseDraft(
  draft: Pick<StoredDraft, 'typed' | 'base'>,
  server: (code: string) => EntryValue | undefined,
  typedAsStored: (code: string, typed: TypedEntry) => EntryValue,
): { kept: Record<string, TypedEntry>; bases: Record<string, EntryValue>; conflicts: DraftConflict[] } {
  const kept: Record<string, TypedEntry> = {};
  const bases: Record<string, EntryValue> = {};
  const conflicts: DraftConflict[] = [];
  for (const [code, mine] of Object.entries(draft.typed)) {
    const theirs = server(code) ?? EMPTY_VALUE;
    if (sameValue(typedAsStored(code, mine), theirs)) continue;
    kept[code] = mine;
    const base = draft.base[code] ?? EMPTY_VALUE;
    if (sameValue(base, theirs)) bases[code] = theirs;
    else {
      // The base stays the old one, so the conflict shows again after a reload until it is settled.
      bases[code] = base;
      conflicts.push({ code, mine, theirs });
    }
  }
  return { kept, bases, conflicts };
}

/**
 * After a save: a code whose text is still what was sent is done; one typed again while the save was
 * on its way stays to send, now over the value the server just stored (`stored`).
 */
export function settleSent(
  current: {
    dirty: ReadonlySet<string>;
    bases: Readonly<Record<string, EntryValue>>;
    raws: Readonly<Record<string, RawInput>>;
    explanations: Readonly<Record<string, string>>;
  },
  sent: ReadonlyMap<string, TypedEntry>,
  stored: (code: string) => EntryValue,
): { dirty: Set<string>; bases: Record<string, EntryValue> } {
  const dirty = new Set(current.dirty);
  const bases = { ...current.bases };
  for (const [code, { raw, explanation }] of sent) {
    if (current.raws[code] === raw && (current.explanations[code] ?? '') === explanation) {
      dirty.delete(code);
      delete bases[code];
    } else bases[code] = stored(code);
  }
  return { dirty, bases };
}
