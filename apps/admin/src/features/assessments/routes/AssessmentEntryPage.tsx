import { type Criterion, formatDate, formatPoints, type Indicator, score } from '@chiso/scoring';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation } from 'urql';
import { type AppError, isAppError, issuesByCode } from '../../../graphql/errors.ts';
import { missingExplanations } from '../../../lib/evidence.ts';
import { hundredths, useLocale } from '../../../lib/locale.ts';
import { type RawInput, resultsByCode, toInputs, toInputValue } from '../../../lib/scoring.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { StatusBadge } from '../../../ui/Status.tsx';
import { useSession } from '../../auth/session.tsx';
import { EntryEvidence } from '../../evidence/components/EntryEvidence.tsx';
import { CriteriaTree } from '../components/CriteriaTree.tsx';
import { ScoreSummary } from '../components/ScoreSummary.tsx';
import { type AssessmentDetail, type AssessmentEntry, SAVE_ENTRIES, SUBMIT } from '../operations.ts';
import { entriesByCode, rawInputs, useAssessmentSheet } from '../useAssessmentSheet.ts';

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

  const result = useMemo(() => (set ? score(set, toInputs(nodes, raws)) : null), [set, nodes, raws]);
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
  const unexplained = useMemo(
    () => missingExplanations(nodes, (code) => evidence.byCode.get(code)?.length ?? 0, explanations),
    [nodes, evidence.byCode, explanations],
  );

  const accept = (answer: AssessmentDetail) => {
    setRevision(answer.revision);
    setStatus(answer.status);
    setEntries(entriesByCode(answer.entries));
    setFieldErrors({});
    setBanner(null);
  };
  const fail = (error: AppError, sentCodes: string[] = []) => {
    setFieldErrors(issuesByCode(error, locale, sentCodes));
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
    if (unexplained.length > 0) {
      document.getElementById(`explanation-${unexplained[0]}`)?.focus();
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
          onChange={(event) => {
            const text = event.target.value;
            setExplanations((old) => ({ ...old, [node.code]: text }));
            markDirty(node.code);
          }}
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
      <div className="with-sidebar">
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
          <ScoreSummary result={result} />
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
          {editable && (
            <div className="actions">
              <p className="muted">{t('entry.unsaved', { count: dirty.size })}</p>
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
              <button
                type="button"
                onClick={() => void saveDraft()}
                disabled={saving.fetching || dirty.size === 0}
              >
                {t('entry.save')}
              </button>
              <button
                type="button"
                className="primary"
                onClick={() => void submitNow()}
                disabled={submitting.fetching || unexplained.length > 0}
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
