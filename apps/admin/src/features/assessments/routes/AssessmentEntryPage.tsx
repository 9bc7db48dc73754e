import { type Criterion, formatDate, type Indicator, score } from '@chiso/scoring';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation } from 'urql';
import { type AppError, isAppError, issuesByCode } from '../../../graphql/errors.ts';
import { missingExplanations } from '../../../lib/evidence.ts';
import { useLocale } from '../../../lib/locale.ts';
import { type RawInput, resultsByCode, toInputs, toInputValue } from '../../../lib/scoring.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { StatusBadge } from '../../../ui/Status.tsx';
import { useSession } from '../../auth/session.tsx';
import type { EvidenceDraft } from '../../evidence/components/EvidenceForm.tsx';
import type { Evidence } from '../../evidence/operations.ts';
import { ActionBar } from '../components/ActionBar.tsx';
import { CriteriaTree } from '../components/CriteriaTree.tsx';
import { EntryExtra, type EntryExtras, EntryExtrasContext } from '../components/EntryExtra.tsx';
import { ScoreSummary } from '../components/ScoreSummary.tsx';
import { SectionIndex } from '../components/SectionIndex.tsx';
import { type AssessmentDetail, type AssessmentEntry, SAVE_ENTRIES, SUBMIT } from '../operations.ts';
import { entryProgress, sectionProgress } from '../progress.ts';
import { entriesByCode, rawInputs, useAssessmentSheet } from '../useAssessmentSheet.ts';

// One function for the page's life: the tree's rows compare it and skip rendering (EntryExtra.tsx).
const renderExtra = (node: Criterion | Indicator) => <EntryExtra node={node} />;

export default function AssessmentEntryPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const { assessment, forbidden, loading, set, nodes, evidence, reload } = useAssessmentSheet(id);

  // What the officer typed; filled from the server once, then only by typing (never lost on errors).
  const [raws, setRaws] = useState<Record<string, RawInput>>({});
  const [explanations, setExplanations] = useState<Record<string, string>>({});
  const [dirty, setDirty] = useState<Set<string>>(new Set());
  const [revision, setRevision] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [entries, setEntries] = useState<Map<string, AssessmentEntry>>(new Map());
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<AppError | string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const loadedFor = useRef<string | null>(null);

  const load = useCallback(
    (source: AssessmentDetail) => {
      const texts: Record<string, string> = {};
      const byCode = entriesByCode(source.entries);
      for (const { code } of nodes) texts[code] = byCode.get(code)?.explanation ?? '';
      setRaws(rawInputs(nodes, byCode));
      setExplanations(texts);
      setEntries(byCode);
      setDirty(new Set());
      setRevision(source.revision);
      setStatus(source.status);
    },
    [nodes],
  );

  useEffect(() => {
    if (assessment && set && loadedFor.current !== assessment.id) {
      loadedFor.current = assessment.id;
      load(assessment);
    }
  }, [assessment, set, load]);

  // The score, the summary and the progress follow the typing a moment later: React draws the key
  // first (a keystroke re-renders one row of the tree), then re-scores in an interruptible render.
  // What the server sent (nothing typed since) is scored at once, so no stale total ever shows.
  const deferredRaws = useDeferredValue(raws);
  const scoredRaws = dirty.size === 0 ? raws : deferredRaws;
  const inputs = useMemo(() => toInputs(nodes, scoredRaws), [nodes, scoredRaws]);
  const result = useMemo(() => (set ? score(set, inputs) : null), [set, inputs]);
  const results = useMemo(() => (result ? resultsByCode(result) : undefined), [result]);

  const markDirty = useCallback((code: string) => {
    setDirty((old) => (old.has(code) ? old : new Set(old).add(code)));
    setNotice(null);
  }, []);
  const onChange = useCallback(
    (code: string, value: RawInput) => {
      setRaws((old) => ({ ...old, [code]: value }));
      markDirty(code);
    },
    [markDirty],
  );

  const [saving, save] = useMutation(SAVE_ENTRIES);
  const [submitting, submit] = useMutation(SUBMIT);
  const { me } = useSession();
  // Past the deadline without an extension, the API refuses the unit's changes; the Sở's admins may still.
  const locked = assessment?.overdue === true && me?.role !== 'ADMIN';
  const editable = (status === 'DRAFT' || status === 'RETURNED') && !locked;
  const evidenceCount = useCallback(
    (code: string) => evidence.byCode.get(code)?.length ?? 0,
    [evidence.byCode],
  );
  const unexplained = useMemo(
    () => new Set(missingExplanations(nodes, evidenceCount, explanations)),
    [nodes, evidenceCount, explanations],
  );
  const progress = useMemo(
    () => entryProgress(nodes, inputs, evidenceCount, explanations),
    [nodes, inputs, evidenceCount, explanations],
  );
  const sections = useMemo(() => (set ? sectionProgress(set, inputs) : new Map()), [set, inputs]);

  // The evidence calls change identity on every render; the rows see stable ones that call the latest.
  const latestEvidence = useRef(evidence);
  latestEvidence.current = evidence;
  const onExplain = useCallback(
    (code: string, text: string) => {
      setExplanations((old) => ({ ...old, [code]: text }));
      markDirty(code);
    },
    [markDirty],
  );
  const onAttach = useCallback(
    (code: string, draft: EvidenceDraft, mode: 'file' | 'link') =>
      latestEvidence.current.attach(code, draft, mode),
    [],
  );
  const onRemove = useCallback((item: Evidence) => latestEvidence.current.remove(item), []);
  const extras = useMemo<EntryExtras>(
    () => ({
      entries,
      explanations,
      evidence: evidence.byCode,
      unexplained,
      editable,
      onExplain,
      onAttach,
      onRemove,
    }),
    [entries, explanations, evidence.byCode, unexplained, editable, onExplain, onAttach, onRemove],
  );

  const accept = (answer: AssessmentDetail) => {
    setRevision(answer.revision);
    setStatus(answer.status);
    setEntries(entriesByCode(answer.entries));
    setFieldErrors({});
    setBanner(null);
  };
  const fail = (error: AppError, sentCodes: string[] = []) => {
    setFieldErrors(issuesByCode(error, sentCodes));
    setBanner(error);
  };

  /** Saves what changed; answers the new revision, or null when it failed. */
  const saveDraft = async (): Promise<number | null> => {
    if (revision === null) return null;
    const codes = nodes.filter(({ code }) => dirty.has(code));
    if (codes.length === 0) return revision;
    const sent = codes.map(({ code, rule }) => ({
      nodeCode: code,
      input: toInputValue(rule, raws[code]),
      explanation: explanations[code]?.trim() ? explanations[code] : null,
    }));
    const answer = await save({ input: { id, revision, entries: sent } });
    const outcome = answer.data?.saveAssessmentEntries;
    if (answer.error || !outcome) {
      setBanner(t('common.networkError'));
      return null;
    }
    if (isAppError(outcome)) {
      fail(
        outcome,
        sent.map((entry) => entry.nodeCode),
      );
      return null;
    }
    if (outcome.data) accept(outcome.data);
    setDirty(new Set());
    setNotice(t('entry.saved', { count: sent.length }));
    return outcome.data?.revision ?? null;
  };

  const submitNow = async () => {
    const first = progress.missing[0];
    if (first) {
      document.getElementById(first.fieldId)?.focus();
      return;
    }
    if (!window.confirm(t('entry.confirmSubmit'))) return;
    const current = await saveDraft();
    if (current === null) return;
    const answer = await submit({ input: { id, revision: current } });
    const outcome = answer.data?.submitAssessment;
    if (answer.error || !outcome) setBanner(t('common.networkError'));
    else if (isAppError(outcome)) fail(outcome);
    else if (outcome.data) {
      accept(outcome.data);
      setNotice(t('entry.submitted'));
    }
  };

  if (loading) return <p>{t('common.loading')}</p>;
  if (!assessment) return <p role="alert">{t(forbidden ? 'common.forbidden' : 'common.notFound')}</p>;
  if (!set || !result) return <p role="alert">{t('criteria.unparsable')}</p>;
  return (
    <div className="page">
      <p>
        <Link to="/assessments">← {t('assessments.title')}</Link>
      </p>
      <h1>
        {assessment.unit?.name} — {assessment.period?.code} <StatusBadge status={status} />
      </h1>
      <p className="muted">
        {assessment.version?.set.name[locale]} ({assessment.version?.version})
        {assessment.dueOn && (
          <>
            {' '}
            · {t('assessments.due')}: {formatDate(assessment.dueOn, locale)}
          </>
        )}
      </p>
      {assessment.overdue && (
        <div className="banner warning" role="status">
          {t('entry.overdue')}
        </div>
      )}
      {status === 'RETURNED' && assessment.returnReason && (
        <div className="banner warning" role="status">
          <strong>{t('entry.returned')}</strong> {assessment.returnReason}
        </div>
      )}
      <EntryExtrasContext.Provider value={extras}>
        <div className="with-sidebar entry-layout">
          <div className="main-column">
            <CriteriaTree
              set={set}
              results={results}
              raws={raws}
              onChange={onChange}
              errors={fieldErrors}
              disabled={!editable}
              renderExtra={renderExtra}
            />
          </div>
          <aside className="sidebar">
            <SectionIndex set={set} progress={sections} />
            <ScoreSummary result={result} />
          </aside>
        </div>
      </EntryExtrasContext.Provider>
      <ActionBar
        result={result}
        progress={progress}
        editable={editable}
        unsaved={dirty.size}
        saving={saving.fetching}
        submitting={submitting.fetching}
        onSave={() => void saveDraft()}
        onSubmit={() => void submitNow()}
      >
        <ErrorBanner
          error={banner}
          onReload={() => {
            loadedFor.current = null;
            setBanner(null);
            setFieldErrors({});
            reload();
          }}
        />
        {notice && (
          <p className="banner ok" role="status">
            {notice}
          </p>
        )}
      </ActionBar>
    </div>
  );
}
