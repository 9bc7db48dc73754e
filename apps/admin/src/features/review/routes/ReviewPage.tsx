import { type Criterion, formatPoints, type Indicator, score } from '@chiso/scoring';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type CombinedError, useMutation } from 'urql';
import { KEPT_BY_PAGE } from '../../../graphql/client.ts';
import { type AppError, isAppError, issuesByCode } from '../../../graphql/errors.ts';
import { failureMessage } from '../../../graphql/failure.ts';
import { hundredths, useLocale } from '../../../lib/locale.ts';
import { parseNumber, relocaliseNumber } from '../../../lib/numbers.ts';
import { resultsByCode, toInputs } from '../../../lib/scoring.ts';
import { useLocaleSwitch } from '../../../lib/useLocaleSwitch.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { ReasonForm } from '../../../ui/ReasonForm.tsx';
import { StatusBadge } from '../../../ui/Status.tsx';
import { CriteriaTree } from '../../assessments/components/CriteriaTree.tsx';
import { ScoreSummary } from '../../assessments/components/ScoreSummary.tsx';
import type { AssessmentState } from '../../assessments/operations.ts';
import { entriesByCode, rawInputs, useAssessmentSheet } from '../../assessments/useAssessmentSheet.ts';
import { useSession } from '../../auth/session.tsx';
import { EvidenceList } from '../../evidence/components/EvidenceList.tsx';
import { AssessmentWorkbookLinks } from '../../workbooks/components/AssessmentWorkbookLinks.tsx';
import { type Adjustment, typedAdjustments, unreadablePoints } from '../adjustments.ts';
import { NextInQueue } from '../components/NextInQueue.tsx';
import { UnsavedAdjustments } from '../components/UnsavedAdjustments.tsx';
import { APPROVE, REOPEN, RETURN, REVIEW_ENTRIES } from '../operations.ts';

/** A mutation answer: `Success { data }` (the assessment without its document), an AppError, or nothing (a network error). */
type Answer = { data: AssessmentState } | AppError | null | undefined;
/** What waits for the reviewer's answer about unsaved adjustments. */
interface Waiting {
  action: string;
  run: (revision: number) => Promise<void>;
}

/** One page per assessment: moving to the next in the queue starts afresh (no typed points, notice or banner). */
export default function ReviewRoute() {
  const { id = '' } = useParams();
  return <ReviewPage key={id} id={id} />;
}

function ReviewPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { assessment, forbidden, loading, documentFailed, set, nodes, evidence, take, reload } =
    useAssessmentSheet(id);
  const entries = useMemo(() => entriesByCode(assessment?.entries), [assessment?.entries]);
  const raws = useMemo(() => rawInputs(nodes, entries, locale), [nodes, entries, locale]);
  const [adjustments, setAdjustments] = useState<Record<string, Adjustment>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<AppError | string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [returning, setReturning] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  /** Approved or returned here: the next in the queue is offered. */
  const [decided, setDecided] = useState(false);
  const { me } = useSession();

  // Typed points follow the language ("0,75" ↔ "0.75"), keeping their values.
  useLocaleSwitch(
    locale,
    useCallback(
      (from, to) =>
        setAdjustments((old) => {
          const next: Record<string, Adjustment> = {};
          for (const [code, item] of Object.entries(old))
            next[code] = { ...item, points: relocaliseNumber(item.points, from, to) };
          return next;
        }),
      [],
    ),
  );

  const inputs = useMemo(() => toInputs(nodes, raws, locale), [nodes, raws, locale]);
  const selfResult = useMemo(() => (set ? score(set, inputs) : null), [set, inputs]);
  // Reviewed points: the stored ones, then what is being typed, as overrides of the unit's own.
  const reviewedResult = useMemo(() => {
    if (!set) return null;
    const overrides: Record<string, number> = {};
    for (const [code, entry] of entries)
      if (entry.reviewedPoints !== null) overrides[code] = hundredths(entry.reviewedPoints);
    for (const [code, adjustment] of Object.entries(adjustments)) {
      const points = parseNumber(adjustment.points, locale);
      if (points !== null && !Number.isNaN(points)) overrides[code] = Math.round(points * 100);
    }
    return score(set, inputs, { overrides });
  }, [set, inputs, entries, adjustments, locale]);
  const results = useMemo(
    () => (reviewedResult ? resultsByCode(reviewedResult) : undefined),
    [reviewedResult],
  );

  const [saving, review] = useMutation(REVIEW_ENTRIES);
  const [returnState, returnAssessment] = useMutation(RETURN);
  const [approving, approve] = useMutation(APPROVE);
  const [reopenState, reopen] = useMutation(REOPEN);
  const submitted = assessment?.status === 'SUBMITTED';
  const reopenable =
    me?.role === 'ADMIN' && (assessment?.status === 'APPROVED' || assessment?.status === 'PUBLISHED');
  const pending = Object.values(adjustments).filter((item) => item.points.trim() !== '').length;

  const handle = (
    outcome: Answer,
    error: CombinedError | undefined,
    sentCodes: string[],
    success: string,
  ) => {
    if (error || !outcome) {
      setBanner(failureMessage(error, locale, t));
      return false;
    }
    if (isAppError(outcome)) {
      setFieldErrors(issuesByCode(outcome, locale, sentCodes));
      setBanner(outcome);
      return false;
    }
    // The page shows the answer: the document cache never refetches the page's query (KEPT_BY_PAGE).
    take(outcome.data);
    setFieldErrors({});
    setBanner(null);
    setNotice(success);
    return true;
  };

  /** Saves the typed adjustments; the revision they leave, or null when nothing was saved. */
  const saveAdjustments = async (): Promise<number | null> => {
    if (!assessment || assessment.revision === null) return null;
    const sent = typedAdjustments(adjustments, locale);
    if (sent.length === 0) return assessment.revision;
    const unreadable = unreadablePoints(sent);
    if (unreadable.length > 0) {
      setFieldErrors(Object.fromEntries(unreadable.map((code) => [code, t('review.pointsUnreadable')])));
      setBanner(t('review.pointsUnreadableBanner', { count: unreadable.length }));
      return null;
    }
    const answer = await review(
      { input: { id, revision: assessment.revision, adjustments: sent } },
      KEPT_BY_PAGE,
    );
    const outcome = answer.data?.reviewAssessmentEntries;
    const ok = handle(
      outcome,
      answer.error,
      sent.map((item) => item.nodeCode),
      t('review.adjusted', { count: sent.length }),
    );
    if (!ok || !outcome || isAppError(outcome)) return null;
    setAdjustments({});
    return outcome.data.revision;
  };

  /** Runs a decision at once, or first asks what to do with adjustments typed but not saved. */
  const decide = async (action: string, run: (revision: number) => Promise<void>) => {
    if (!assessment) return;
    if (pending > 0) setWaiting({ action, run });
    else await run(assessment.revision);
  };

  const returnNow = async (reason: string, revision: number) => {
    const answer = await returnAssessment({ input: { id, revision, reason } });
    if (handle(answer.data?.returnAssessment, answer.error, [], t('review.returnedDone'))) {
      setReturning(false);
      setDecided(true);
    }
  };

  const approveNow = async (revision: number, confirmed: boolean) => {
    if (!confirmed && !window.confirm(t('review.confirmApprove'))) return;
    const answer = await approve({ input: { id, revision } });
    if (handle(answer.data?.approveAssessment, answer.error, [], t('review.approvedDone'))) setDecided(true);
  };

  const reopenNow = async (reason: string) => {
    const answer = await reopen({ input: { id, reason } });
    const ok = handle(answer.data?.reopenAssessment, answer.error, [], t('review.reopenedDone'));
    if (ok) setReopening(false);
    return ok;
  };

  const renderExtra = (node: Criterion | Indicator) => {
    const entry = entries.get(node.code);
    const adjustment = adjustments[node.code] ?? { points: '', comment: '' };
    const error = fieldErrors[node.code];
    const update = (patch: Partial<Adjustment>) =>
      setAdjustments((old) => ({ ...old, [node.code]: { ...adjustment, ...patch } }));
    return (
      <div className="entry-extra review">
        <p>
          {t('review.selfPoints')}: <strong>{formatPoints(hundredths(entry?.selfPoints), locale)}</strong>
          {entry?.reviewedPoints != null && (
            <>
              {' '}
              · {t('review.reviewedPoints')}:{' '}
              <strong>{formatPoints(hundredths(entry.reviewedPoints), locale)}</strong>
              {entry.reviewerComment && <> — {entry.reviewerComment}</>}
            </>
          )}
          {entry?.explanation && (
            <>
              <br />
              {t('entry.explanation')}: {entry.explanation}
            </>
          )}
        </p>
        <EvidenceList items={evidence.byCode.get(node.code) ?? []} preview />
        {submitted && (
          <div className="adjust">
            <label className="adjust-field">
              {t('review.adjustPoints')}
              <input
                type="text"
                inputMode="decimal"
                value={adjustment.points}
                onChange={(event) => update({ points: event.target.value })}
                {...(error ? { 'aria-invalid': true, 'aria-describedby': `adjust-error-${node.code}` } : {})}
              />
            </label>
            <label className="adjust-field">
              {t('review.comment')}
              <input
                type="text"
                value={adjustment.comment}
                onChange={(event) => update({ comment: event.target.value })}
              />
            </label>
          </div>
        )}
        {error && (
          <p className="field-error" id={`adjust-error-${node.code}`} role="alert">
            {error}
          </p>
        )}
      </div>
    );
  };

  if (loading) return <p>{t('common.loading')}</p>;
  if (!assessment) return <p role="alert">{t(forbidden ? 'common.forbidden' : 'common.notFound')}</p>;
  if (!set || !selfResult || !reviewedResult)
    return <p role="alert">{t(documentFailed ? 'criteria.unloaded' : 'criteria.unparsable')}</p>;
  return (
    <div className="page">
      <p>
        <Link to="/review">← {t('review.title')}</Link>
      </p>
      <h1>
        {assessment.unit?.name} — {assessment.period?.code} <StatusBadge status={assessment.status} />
      </h1>
      <AssessmentWorkbookLinks assessmentId={assessment.id} fillIn={false} />
      <p className="muted">
        {assessment.version?.set.name[locale]} ({assessment.version?.version})
      </p>
      <div className="with-sidebar">
        <div className="main-column">
          <CriteriaTree
            set={set}
            results={results}
            raws={raws}
            onChange={() => {}}
            disabled
            renderExtra={renderExtra}
          />
        </div>
        <aside className="sidebar">
          <p>
            {t('review.selfTotal')}: <strong>{formatPoints(selfResult.points, locale)}</strong>
          </p>
          <ScoreSummary result={reviewedResult} />
          <ErrorBanner
            error={banner}
            onReload={() => {
              setBanner(null);
              reload();
            }}
          />
          {notice && (
            <p className="banner ok" role="status">
              {notice}
            </p>
          )}
          {decided && assessment && <NextInQueue periodId={assessment.period.id} />}
          {submitted && (
            <div className="actions">
              <button
                type="button"
                onClick={() => void saveAdjustments()}
                disabled={saving.fetching || pending === 0}
              >
                {t('review.saveAdjustments', { count: pending })}
              </button>
              <button type="button" onClick={() => setReturning(true)} disabled={returning}>
                {t('review.return')}
              </button>
              <button
                type="button"
                className="primary"
                onClick={() =>
                  void decide(t('review.approveAction'), (revision) => approveNow(revision, pending > 0))
                }
                disabled={approving.fetching}
              >
                {t('review.approve')}
              </button>
            </div>
          )}
          {submitted && returning && (
            <ReasonForm
              title={t('review.confirmReturn')}
              label={t('review.returnReason')}
              confirm={t('review.return')}
              busy={returnState.fetching}
              onCancel={() => setReturning(false)}
              onConfirm={async (reason) => {
                await decide(t('review.returnAction'), (revision) => returnNow(reason, revision));
                return false;
              }}
            />
          )}
          {waiting && (
            <UnsavedAdjustments
              count={pending}
              action={waiting.action}
              busy={saving.fetching}
              onCancel={() => setWaiting(null)}
              onDiscard={() => {
                const { run } = waiting;
                setWaiting(null);
                setAdjustments({});
                setFieldErrors({});
                if (assessment) void run(assessment.revision);
              }}
              onSave={async () => {
                const { run } = waiting;
                setWaiting(null);
                const revision = await saveAdjustments();
                if (revision !== null) await run(revision);
              }}
            />
          )}
          {reopenable && !reopening && (
            <div className="actions">
              <button type="button" onClick={() => setReopening(true)}>
                {t('review.reopen')}
              </button>
            </div>
          )}
          {reopenable && reopening && (
            <ReasonForm
              title={t('review.confirmReopen')}
              label={t('review.reopenReason')}
              confirm={t('review.reopen')}
              busy={reopenState.fetching}
              onCancel={() => setReopening(false)}
              onConfirm={reopenNow}
            />
          )}
        </aside>
      </div>
    </div>
  );
}
