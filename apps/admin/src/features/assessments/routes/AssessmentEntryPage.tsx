import { type Criterion, formatDate, type Indicator, score } from '@chiso/scoring';
import { useCallback, useDeferredValue, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { missingExplanations } from '../../../lib/evidence.ts';
import { useLocale } from '../../../lib/locale.ts';
import { resultsByCode, toInputs } from '../../../lib/scoring.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { StatusBadge } from '../../../ui/Status.tsx';
import { useSession } from '../../auth/session.tsx';
import type { EvidenceDraft } from '../../evidence/components/EvidenceForm.tsx';
import type { Evidence } from '../../evidence/operations.ts';
import { AssessmentWorkbookLinks } from '../../workbooks/components/AssessmentWorkbookLinks.tsx';
import { ActionBar } from '../components/ActionBar.tsx';
import { CriteriaTree } from '../components/CriteriaTree.tsx';
import { DraftConflicts } from '../components/DraftConflicts.tsx';
import { EntryExtra, type EntryExtras, EntryExtrasContext } from '../components/EntryExtra.tsx';
import { LeaveDialog } from '../components/LeaveDialog.tsx';
import { SaveState } from '../components/SaveState.tsx';
import { ScoreSummary } from '../components/ScoreSummary.tsx';
import { SectionIndex } from '../components/SectionIndex.tsx';
import { useEntryDraft } from '../entry/useEntryDraft.ts';
import { useLeaveWarning } from '../entry/useLeaveWarning.ts';
import { entryProgress, sectionProgress } from '../progress.ts';
import { useAssessmentSheet } from '../useAssessmentSheet.ts';

// One function for the page's life: the tree's rows compare it and skip rendering (EntryExtra.tsx).
const renderExtra = (node: Criterion | Indicator) => <EntryExtra node={node} />;

export default function AssessmentEntryPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const { assessment, forbidden, loading, documentFailed, set, nodes, evidence, take } =
    useAssessmentSheet(id);

  const { me } = useSession();
  // Past the deadline without an extension, the API refuses the unit's changes; the Sở's admins may still.
  const locked = assessment?.overdue === true && me?.role !== 'ADMIN';
  const draft = useEntryDraft({ id, assessment, nodes, locked, onAnswer: take });
  const { raws, explanations, dirty, status, entries, onChange, onExplanationChange } = draft;
  const leaving = useLeaveWarning(dirty.size > 0);

  // The score, the summary and the progress follow the typing a moment later: React draws the key
  // first (a keystroke re-renders one row of the tree), then re-scores in an interruptible render.
  // What the server sent (nothing typed since) is scored at once, so no stale total ever shows.
  const deferredRaws = useDeferredValue(raws);
  const scoredRaws = dirty.size === 0 ? raws : deferredRaws;
  const inputs = useMemo(() => toInputs(nodes, scoredRaws, locale), [nodes, scoredRaws, locale]);
  const result = useMemo(() => (set ? score(set, inputs) : null), [set, inputs]);
  const results = useMemo(() => (result ? resultsByCode(result) : undefined), [result]);

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
  const onAttach = useCallback(
    (code: string, evidenceDraft: EvidenceDraft, mode: 'file' | 'link') =>
      latestEvidence.current.attach(code, evidenceDraft, mode),
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
      onExplain: onExplanationChange,
      onAttach,
      onRemove,
    }),
    [entries, explanations, evidence.byCode, unexplained, editable, onExplanationChange, onAttach, onRemove],
  );

  const submitNow = async () => {
    const first = progress.missing[0];
    if (first) {
      document.getElementById(first.fieldId)?.focus();
      return;
    }
    if (!window.confirm(t('entry.confirmSubmit'))) return;
    await draft.submit();
  };

  if (loading || (assessment && set && !draft.ready)) return <p>{t('common.loading')}</p>;
  if (!assessment) return <p role="alert">{t(forbidden ? 'common.forbidden' : 'common.notFound')}</p>;
  if (!set || !result)
    return <p role="alert">{t(documentFailed ? 'criteria.unloaded' : 'criteria.unparsable')}</p>;
  return (
    <div className="page">
      <p>
        <Link to="/assessments">← {t('assessments.title')}</Link>
      </p>
      <h1>
        {assessment.unit?.name} — {assessment.period?.code} <StatusBadge status={status} />
      </h1>
      <AssessmentWorkbookLinks
        assessmentId={assessment.id}
        fillIn={status === 'DRAFT' || status === 'RETURNED'}
      />
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
      <LeaveDialog blocker={leaving} count={dirty.size} />
      <DraftConflicts
        conflicts={draft.conflicts}
        nodes={nodes}
        onKeepMine={draft.keepMine}
        onTakeTheirs={draft.takeTheirs}
      />
      <EntryExtrasContext.Provider value={extras}>
        <div className="with-sidebar entry-layout">
          <div className="main-column">
            <CriteriaTree
              set={set}
              results={results}
              raws={raws}
              onChange={onChange}
              errors={draft.fieldErrors}
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
        saving={draft.saving}
        submitting={draft.saving}
        onSave={() => void draft.save()}
        onSubmit={() => void submitNow()}
      >
        <ErrorBanner error={draft.banner} onReload={draft.reloadFromServer} />
        {draft.notice && (
          <p className="banner ok" role="status">
            {draft.notice}
          </p>
        )}
        {editable && (
          <SaveState
            saving={draft.saving}
            unsaved={dirty.size}
            invalid={draft.invalidCount}
            offline={draft.offline}
            savedAt={draft.savedAt}
          />
        )}
      </ActionBar>
    </div>
  );
}
