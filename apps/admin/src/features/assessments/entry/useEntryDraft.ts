import type { InputProblem, Locale, ScoredNode } from '@chiso/scoring';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { KEPT_BY_PAGE } from '../../../graphql/client.ts';
import { type AppError, isAppError, issuesByCode } from '../../../graphql/errors.ts';
import { nodeOf } from '../../../graphql/graphql.ts';
import { useLocale } from '../../../lib/locale.ts';
import { type RawInput, relocaliseRaws, toRawInput } from '../../../lib/scoring.ts';
import { useLocaleSwitch } from '../../../lib/useLocaleSwitch.ts';
import {
  ASSESSMENT,
  type AssessmentEntry,
  type AssessmentState,
  SAVE_ENTRIES,
  SUBMIT,
} from '../operations.ts';
import { entriesByCode, rawInputs } from '../useAssessmentSheet.ts';
import {
  type DraftConflict,
  draftInLocale,
  EMPTY_VALUE,
  type EntryValue,
  rebaseDraft,
  settleSent,
  type TypedEntry,
} from './draft.ts';
import { clearDraft, loadDraft, storeDraft } from './draft-store.ts';
import { typedValue, validEntries } from './valid-entries.ts';

/** Saved this long after the last keystroke: long enough not to save every word, short enough to lose little. */
const AUTOSAVE_MS = 3000;
/** Retries after a failed send wait 2, 4, 8… seconds, at most a minute. */
const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 60_000;

/** The page's entries: what is shown, and what the server has as far as this page knows. */
interface Model {
  raws: Record<string, RawInput>;
  explanations: Record<string, string>;
  /** Changed here and not yet stored on the server. */
  dirty: ReadonlySet<string>;
  /** For each dirty code, the server's value it was typed over (to tell someone else's change). */
  bases: Record<string, EntryValue>;
  revision: number | null;
  status: string | null;
  entries: ReadonlyMap<string, AssessmentEntry>;
  conflicts: readonly DraftConflict[];
}

const EMPTY_MODEL: Model = {
  raws: {},
  explanations: {},
  dirty: new Set(),
  bases: {},
  revision: null,
  status: null,
  entries: new Map(),
  conflicts: [],
};

const storedValue = (entry: AssessmentEntry | undefined): EntryValue =>
  entry ? { input: entry.input ?? null, explanation: entry.explanation ?? null } : EMPTY_VALUE;

const isEditable = (status: string | null) => status === 'DRAFT' || status === 'RETURNED';

interface Options {
  id: string;
  assessment: AssessmentState | null | undefined;
  nodes: readonly ScoredNode[];
  /** Past the deadline without an extension: the server refuses the unit's changes. */
  locked: boolean;
  /** Each answer of a save or a submit, for the page's assessment to follow (`useAssessmentSheet`'s `take`). */
  onAnswer?: (answer: AssessmentState) => void;
}

/**
 * An assessment's entries as a person types them, and their way to the server: only what the server
 * will take is sent (the rest stays, marked at its field); a pause in typing, hiding the page or the
 * connection coming back sends it; until the server has it, the browser keeps it (IndexedDB) across
 * reloads; a criterion someone else changed meanwhile is never overwritten without the person's choice.
 */
export function useEntryDraft({ id, assessment, nodes, locked, onAnswer }: Options) {
  const { t } = useTranslation();
  const locale = useLocale();
  const client = useClient();

  // The model lives in a ref for the async paths (a save must see what is typed *now*, and the
  // revision of the save just finished) and is mirrored into state for rendering.
  const model = useRef<Model>(EMPTY_MODEL);
  const [view, setView] = useState<Model>(EMPTY_MODEL);
  const commit = useCallback((change: (current: Model) => Partial<Model>) => {
    model.current = { ...model.current, ...change(model.current) };
    setView(model.current);
  }, []);

  const [ready, setReady] = useState(false);
  const [problems, setProblems] = useState<Record<string, InputProblem>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<AppError | string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  /** The last send did not reach the server; the draft waits in the browser. */
  const [offline, setOffline] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);

  const nodeByCode = useMemo(() => new Map(nodes.map((node) => [node.code, node])), [nodes]);
  const context = useRef({ id, nodes, nodeByCode, locked, locale, onAnswer });
  context.current = { id, nodes, nodeByCode, locked, locale, onAnswer };

  const typedAsStored = useCallback((code: string, typed: TypedEntry): EntryValue => {
    const node = context.current.nodeByCode.get(code);
    return node ? typedValue(node, typed, context.current.locale) : EMPTY_VALUE;
  }, []);

  /** Shows the server's assessment, with a kept draft laid over it criterion by criterion. */
  const applyServer = useCallback(
    (
      source: AssessmentState,
      draft?: { typed: Record<string, TypedEntry>; base: Record<string, EntryValue> },
    ) => {
      const { nodes: scored, nodeByCode: byNode } = context.current;
      const byCode = entriesByCode(source.entries);
      const raws = rawInputs(scored, byCode, context.current.locale);
      const explanations: Record<string, string> = {};
      for (const { code } of scored) explanations[code] = byCode.get(code)?.explanation ?? '';
      const dirty = new Set<string>();
      let bases: Record<string, EntryValue> = {};
      let conflicts: DraftConflict[] = [];
      if (draft && isEditable(source.status)) {
        const rebased = rebaseDraft(draft, (code) => storedValue(byCode.get(code)), typedAsStored);
        for (const [code, typed] of Object.entries(rebased.kept)) {
          if (!byNode.has(code)) continue;
          if (typed.raw !== undefined) raws[code] = typed.raw;
          explanations[code] = typed.explanation;
          dirty.add(code);
        }
        bases = rebased.bases;
        conflicts = rebased.conflicts.filter(({ code }) => byNode.has(code));
      }
      commit(() => ({
        raws,
        explanations,
        dirty,
        bases,
        revision: source.revision,
        status: source.status,
        entries: byCode,
        conflicts,
      }));
    },
    [commit, typedAsStored],
  );

  // ——— Timers: autosave after a pause, retries after a failed send.
  const autosaveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const retryTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const retries = useRef(0);
  // Saves run one after another, each reading the model when it starts.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const saveOnce = useRef<() => Promise<void>>(async () => {});
  const save = useCallback(() => {
    clearTimeout(autosaveTimer.current);
    const run = queue.current.then(() => saveOnce.current());
    queue.current = run.catch(() => undefined);
    return run;
  }, []);
  const armAutosave = useCallback(
    (delay = AUTOSAVE_MS) => {
      clearTimeout(autosaveTimer.current);
      autosaveTimer.current = setTimeout(() => void save(), delay);
    },
    [save],
  );

  /** Someone saved first: take the server's assessment and lay what is typed here over it. */
  const rebaseOnServer = useCallback(async () => {
    const answer = await client
      .query(ASSESSMENT, { id: context.current.id }, { requestPolicy: 'network-only', ...KEPT_BY_PAGE })
      .toPromise();
    const fresh = nodeOf(answer.data?.node, 'Assessment');
    if (!fresh) {
      setOffline(true);
      return;
    }
    applyServer(fresh, typedDraft(model.current));
    setServerErrors({});
    setBanner(null);
    if (model.current.dirty.size > model.current.conflicts.length) armAutosave();
  }, [client, applyServer, armAutosave]);

  saveOnce.current = async () => {
    const current = model.current;
    if (current.revision === null || !isEditable(current.status) || context.current.locked) return;
    const conflicted = new Set(current.conflicts.map(({ code }) => code));
    const pending = new Set([...current.dirty].filter((code) => !conflicted.has(code)));
    const { send, problems: found } = validEntries(
      context.current.nodes,
      pending,
      current.raws,
      current.explanations,
      context.current.locale,
    );
    setProblems(found);
    if (send.length === 0) return;
    const sent = new Map(
      send.map(({ nodeCode }) => [
        nodeCode,
        { raw: current.raws[nodeCode], explanation: current.explanations[nodeCode] ?? '' },
      ]),
    );
    setSaving(true);
    const answer = await client
      .mutation(
        SAVE_ENTRIES,
        { input: { id: context.current.id, revision: current.revision, entries: send } },
        KEPT_BY_PAGE,
      )
      .toPromise()
      .finally(() => setSaving(false));
    const outcome = answer.data?.saveAssessmentEntries;
    if (!outcome) {
      if (answer.error?.networkError || !answer.error) {
        // Not reached the server: the draft is kept in the browser and sent again later.
        setOffline(true);
        clearTimeout(retryTimer.current);
        const delay = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** retries.current);
        retries.current += 1;
        retryTimer.current = setTimeout(() => void save(), delay);
      } else setBanner(t('common.networkError'));
      return;
    }
    setOffline(false);
    retries.current = 0;
    clearTimeout(retryTimer.current);
    if (isAppError(outcome)) {
      if (outcome.code === 'CONFLICT') return rebaseOnServer();
      setServerErrors(issuesByCode(outcome, context.current.locale, [...sent.keys()]));
      setBanner(outcome);
      return;
    }
    if (!outcome.data) return;
    const fresh = outcome.data;
    context.current.onAnswer?.(fresh);
    const entries = entriesByCode(fresh.entries);
    commit((now) => ({
      ...settleSent(now, sent, (code) => storedValue(entries.get(code))),
      revision: fresh.revision,
      status: fresh.status,
      entries,
    }));
    setServerErrors((old) => {
      const next = { ...old };
      for (const code of sent.keys()) delete next[code];
      return next;
    });
    setBanner(null);
    setSavedAt(new Date());
  };

  // ——— The first load: the server's assessment, with the browser's draft of it if one is kept.
  const loadedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!assessment || nodes.length === 0 || loadedFor.current === assessment.id) return;
    loadedFor.current = assessment.id;
    const source = assessment;
    void loadDraft(source.id).then((stored) => {
      if (loadedFor.current !== source.id) return;
      const { nodes: scored, locale: shownIn } = context.current;
      applyServer(source, stored && draftInLocale(stored, scored, shownIn));
      setReady(true);
      // The server answered just now: send what was waiting in the browser at once.
      if (model.current.dirty.size > model.current.conflicts.length) void save();
    });
  }, [assessment, nodes, applyServer, save]);

  // ——— The browser's copy follows every change; writes run one at a time, each writing the latest.
  const writing = useRef<Promise<unknown>>(Promise.resolve());
  const writeQueued = useRef(false);
  // A write is due whenever these change; it reads the model itself when its turn comes.
  useEffect(() => {
    if (!ready || writeQueued.current) return;
    writeQueued.current = true;
    writing.current = writing.current.then(() => {
      writeQueued.current = false;
      const { revision, status, dirty } = model.current;
      const assessmentId = context.current.id;
      if (revision === null) return;
      // A draft of an assessment no longer editable (submitted meanwhile) is left alone, not wiped:
      // should it come back to the unit, the draft is laid over it again, conflicts shown.
      if (dirty.size === 0) return isEditable(status) ? clearDraft(assessmentId) : undefined;
      return storeDraft({
        assessmentId,
        revision,
        ...typedDraft(model.current),
        updatedAt: new Date().toISOString(),
        locale: context.current.locale,
      });
    });
  }, [ready, view.dirty, view.raws, view.explanations, view.bases, view.revision]);

  // ——— Sends on leaving the tab and when the connection comes back; timers end with the page.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void save();
    };
    const onOnline = () => void save();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('online', onOnline);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('online', onOnline);
      clearTimeout(autosaveTimer.current);
      clearTimeout(retryTimer.current);
    };
  }, [save]);

  // ——— Typing. Stable callbacks: the rows are memoised on them.
  const touch = useCallback(
    (code: string) => {
      setProblems((old) => (code in old ? withoutKey(old, code) : old));
      setServerErrors((old) => (code in old ? withoutKey(old, code) : old));
      setNotice(null);
      armAutosave();
    },
    [armAutosave],
  );
  // Typed numbers follow the language ("0,75" ↔ "0.75"), keeping their values.
  useLocaleSwitch(
    locale,
    useCallback(
      (from: Locale, to: Locale) =>
        commit((current) => ({ raws: relocaliseRaws(context.current.nodes, current.raws, from, to) })),
      [commit],
    ),
  );
  const onChange = useCallback(
    (code: string, value: RawInput) => {
      commit((current) => ({ raws: { ...current.raws, [code]: value }, ...dirtyWith(current, code) }));
      touch(code);
    },
    [commit, touch],
  );
  const onExplanationChange = useCallback(
    (code: string, text: string) => {
      commit((current) => ({
        explanations: { ...current.explanations, [code]: text },
        ...dirtyWith(current, code),
      }));
      touch(code);
    },
    [commit, touch],
  );

  // ——— Conflicts: the person keeps theirs (it is sent over the server's) or takes the server's.
  const keepMine = useCallback(
    (code: string) => {
      commit((current) => {
        const conflict = current.conflicts.find((item) => item.code === code);
        return {
          conflicts: current.conflicts.filter((item) => item.code !== code),
          bases: conflict ? { ...current.bases, [code]: conflict.theirs } : current.bases,
        };
      });
      armAutosave(0);
    },
    [commit, armAutosave],
  );
  const takeTheirs = useCallback(
    (code: string) => {
      const node = context.current.nodeByCode.get(code);
      commit((current) => {
        const conflict = current.conflicts.find((item) => item.code === code);
        if (!conflict || !node) return {};
        const dirty = new Set(current.dirty);
        dirty.delete(code);
        return {
          raws: {
            ...current.raws,
            [code]: toRawInput(node.rule, conflict.theirs.input, context.current.locale),
          },
          explanations: { ...current.explanations, [code]: conflict.theirs.explanation ?? '' },
          dirty,
          bases: withoutKey(current.bases, code),
          conflicts: current.conflicts.filter((item) => item.code !== code),
        };
      });
    },
    [commit],
  );

  /** Saves at once (the Save button); says how it went. */
  const saveNow = useCallback(async () => {
    await save();
    const { dirty, conflicts } = model.current;
    if (dirty.size === 0) setNotice(t('entry.allSaved'));
    else if (conflicts.length === 0) focusFirst(dirty, context.current.nodes);
  }, [save, t]);

  /** Saves, then submits when the server has everything typed here; false when it did not submit. */
  const submit = useCallback(async (): Promise<boolean> => {
    await save();
    const current = model.current;
    if (current.dirty.size > 0 || current.revision === null) {
      if (current.conflicts.length === 0) focusFirst(current.dirty, context.current.nodes);
      return false;
    }
    const answer = await client
      .mutation(SUBMIT, { input: { id: context.current.id, revision: current.revision } })
      .toPromise();
    const outcome = answer.data?.submitAssessment;
    if (answer.error || !outcome) setBanner(t('common.networkError'));
    else if (isAppError(outcome)) {
      if (outcome.code === 'CONFLICT') await rebaseOnServer();
      else {
        setServerErrors(issuesByCode(outcome, context.current.locale));
        setBanner(outcome);
      }
    } else if (outcome.data) {
      const fresh = outcome.data;
      context.current.onAnswer?.(fresh);
      commit(() => ({
        revision: fresh.revision,
        status: fresh.status,
        entries: entriesByCode(fresh.entries),
      }));
      setBanner(null);
      setNotice(t('entry.submitted'));
      return true;
    }
    return false;
  }, [save, client, commit, rebaseOnServer, t]);

  /** After an error the banner offers: the server's assessment again, what is typed here laid over it. */
  const reloadFromServer = useCallback(() => {
    setBanner(null);
    setServerErrors({});
    void rebaseOnServer();
  }, [rebaseOnServer]);

  const fieldErrors = useMemo(() => {
    const errors: Record<string, string> = { ...serverErrors };
    for (const [code, problem] of Object.entries(problems)) errors[code] = problem.messages[locale];
    return errors;
  }, [serverErrors, problems, locale]);

  return {
    ready,
    raws: view.raws,
    explanations: view.explanations,
    dirty: view.dirty,
    revision: view.revision,
    status: view.status,
    entries: view.entries,
    conflicts: view.conflicts,
    fieldErrors,
    /** Codes held back because the server would refuse them. */
    invalidCount: Object.keys(problems).length,
    banner,
    notice,
    saving,
    offline,
    savedAt,
    onChange,
    onExplanationChange,
    keepMine,
    takeTheirs,
    save: saveNow,
    submit,
    reloadFromServer,
  };
}

/** What is typed and not yet on the server, as the browser keeps it. */
function typedDraft({ dirty, raws, explanations, bases }: Model) {
  const typed: Record<string, TypedEntry> = {};
  for (const code of dirty) typed[code] = { raw: raws[code], explanation: explanations[code] ?? '' };
  return { typed, base: bases };
}

/** Marks a code changed, remembering the server value it was first typed over. */
function dirtyWith(current: Model, code: string): Pick<Model, 'dirty' | 'bases'> {
  return {
    dirty: current.dirty.has(code) ? current.dirty : new Set(current.dirty).add(code),
    bases:
      code in current.bases
        ? current.bases
        : { ...current.bases, [code]: storedValue(current.entries.get(code)) },
  };
}

function withoutKey<V>(record: Record<string, V>, key: string): Record<string, V> {
  const { [key]: _gone, ...rest } = record;
  return rest;
}

/** Takes the person to the first field still unsaved (in document order), where its problem shows. */
function focusFirst(codes: ReadonlySet<string>, nodes: readonly ScoredNode[]) {
  const first = nodes.find(({ code }) => codes.has(code));
  if (first) document.getElementById(`input-${first.code}`)?.focus();
}
