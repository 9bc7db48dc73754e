import { type Criterion, formatDate, formatPoints, type Indicator, score } from '@chiso/scoring';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { missingExplanations } from '../../../lib/evidence.ts';
import { hundredths, useLocale } from '../../../lib/locale.ts';
import { resultsByCode, toInputs } from '../../../lib/scoring.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { StatusBadge } from '../../../ui/Status.tsx';
import { useSession } from '../../auth/session.tsx';
import { EntryEvidence } from '../../evidence/components/EntryEvidence.tsx';
import { AssessmentWorkbookLinks } from '../../workbooks/components/AssessmentWorkbookLinks.tsx';
import { CriteriaTree } from '../components/CriteriaTree.tsx';
import { DraftConflicts } from '../components/DraftConflicts.tsx';
import { LeaveDialog } from '../components/LeaveDialog.tsx';
import { SaveState } from '../components/SaveState.tsx';
import { ScoreSummary } from '../components/ScoreSummary.tsx';
import { useEntryDraft } from '../entry/useEntryDraft.ts';
import { useLeaveWarning } from '../entry/useLeaveWarning.ts';
import { useAssessmentSheet } from '../useAssessmentSheet.ts';

export default function AssessmentEntryPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const { assessment, forbidden, loading, set, nodes, evidence } = useAssessmentSheet(id);

  const { me } = useSession();
  // Past the deadline without an extension, the API refuses the unit's changes; the Sở's admins may still.
  const locked = assessment?.overdue === true && me?.role !== 'ADMIN';
  const draft = useEntryDraft({ id, assessment, nodes, locked });
  const { raws, explanations, dirty, status, entries, onChange, onExplanationChange } = draft;
  const leaving = useLeaveWarning(dirty.size > 0);

  const result = useMemo(
    () => (set ? score(set, toInputs(nodes, raws, locale)) : null),
    [set, nodes, raws, locale],
  );
  const results = useMemo(() => (result ? resultsByCode(result) : undefined), [result]);

  const editable = (status === 'DRAFT' || status === 'RETURNED') && !locked;
  const unexplained = useMemo(
    () => missingExplanations(nodes, (code) => evidence.byCode.get(code)?.length ?? 0, explanations),
    [nodes, evidence.byCode, explanations],
  );

  const submitNow = async () => {
    if (unexplained.length > 0) {
      document.getElementById(`explanation-${unexplained[0]}`)?.focus();
      return;
    }
    if (!window.confirm(t('entry.confirmSubmit'))) return;
    await draft.submit();
  };

  const renderExtra = (node: Criterion | Indicator) => {
    const entry = entries.get(node.code);
    const explanationId = `explanation-${node.code}`;
    const needsExplanation = editable && unexplained.includes(node.code);
    return (
      <div className="entry-extra">
        {node.evidence && (
          <p className={node.evidence.required ? 'evidence required' : 'evidence'}>
            {node.evidence.required ? t('entry.evidenceRequired') : t('entry.evidenceOptional')}
            {node.evidence.description && <>: {node.evidence.description[locale]}</>}
            {entry?.hasEvidence ? ` · ${t('entry.hasEvidence')}` : ''}
          </p>
        )}
        <EntryEvidence
          nodeCode={node.code}
          items={evidence.byCode.get(node.code) ?? []}
          editable={editable}
          onAttach={(draft, mode) => evidence.attach(node.code, draft, mode)}
          onRemove={evidence.remove}
        />
        <label htmlFor={explanationId} className="small">
          {t('entry.explanation')}
          {needsExplanation && <> ({t('evidence.explanationRequired')})</>}
        </label>
        <textarea
          id={explanationId}
          rows={1}
          value={explanations[node.code] ?? ''}
          disabled={!editable}
          aria-invalid={needsExplanation || undefined}
          aria-describedby={needsExplanation ? `${explanationId}-missing` : undefined}
          onChange={(event) => onExplanationChange(node.code, event.target.value)}
        />
        {needsExplanation && (
          <p className="field-error" id={`${explanationId}-missing`}>
            {t('evidence.explainMissing')}
          </p>
        )}
        {entry?.reviewerComment && (
          <p className="reviewer-comment">
            {t('entry.reviewerComment')}: {entry.reviewerComment}
            {entry.reviewedPoints !== null &&
              ` (${t('entry.reviewedPoints')}: ${formatPoints(hundredths(entry.reviewedPoints), locale)})`}
          </p>
        )}
      </div>
    );
  };

  if (loading || (assessment && set && !draft.ready)) return <p>{t('common.loading')}</p>;
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
      <div className="with-sidebar">
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
          <ScoreSummary result={result} />
          <ErrorBanner error={draft.banner} onReload={draft.reloadFromServer} />
          {draft.notice && (
            <p className="banner ok" role="status">
              {draft.notice}
            </p>
          )}
          {editable && (
            <div className="actions">
              <SaveState
                saving={draft.saving}
                unsaved={dirty.size}
                invalid={draft.invalidCount}
                offline={draft.offline}
                savedAt={draft.savedAt}
              />
              {unexplained.length > 0 && (
                <div className="banner warning" role="status">
                  {t('evidence.blocking', { count: unexplained.length })}
                  <ul>
                    {unexplained.slice(0, 10).map((code) => (
                      <li key={code}>
                        <a href={`#explanation-${code}`}>{code}</a>
                      </li>
                    ))}
                    {unexplained.length > 10 && <li>…</li>}
                  </ul>
                </div>
              )}
              <button type="button" onClick={() => void draft.save()} disabled={draft.saving}>
                {t('entry.save')}
              </button>
              <button
                type="button"
                className="primary"
                onClick={() => void submitNow()}
                disabled={draft.saving || unexplained.length > 0}
              >
                {t('entry.submit')}
              </button>
            </div>
          )}
        </aside>
      </div>
    </div>
  );
}
