import { formatDate } from '@chiso/scoring';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import type { AppError } from '../../../graphql/errors.ts';
import { nodeOf } from '../../../graphql/graphql.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { useLocale } from '../../../lib/locale.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { ReasonForm } from '../../../ui/ReasonForm.tsx';
import { RequestFailed } from '../../../ui/RequestFailed.tsx';
import { StatusBadge } from '../../../ui/Status.tsx';
import { useSession } from '../../auth/session.tsx';
import { canPlanFor } from '../access.ts';
import { GainsTable } from '../components/GainsTable.tsx';
import { Suggestions } from '../components/Suggestions.tsx';
import { TargetsEditor } from '../components/TargetsEditor.tsx';
import { TargetsProgress } from '../components/TargetsProgress.tsx';
import { rowsOf, type TargetRow, targetsOf } from '../components/target-rows.ts';
import { APPROVE_PLAN, PLAN, type Plan, RETURN_PLAN, SAVE_PLAN, SUBMIT_PLAN } from '../operations.ts';

/** One unit's plan: its gains per set and category, its targets (editable while a draft), and the Sở's decision. */
export default function PlanPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { me } = useSession();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reload] = useQuery({ query: PLAN, variables: { id } });
  const plan = nodeOf(data?.node, 'ImprovementPlan');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<AppError | string | null>(null);
  const [returning, setReturning] = useState(false);
  const [saving, save] = useAction(SAVE_PLAN, 'saveImprovementPlan');
  const [submitting, submit] = useAction(SUBMIT_PLAN, 'submitImprovementPlan');
  const [approving, approve] = useAction(APPROVE_PLAN, 'approveImprovementPlan');
  const [sending, sendBack] = useAction(RETURN_PLAN, 'returnImprovementPlan');
  // The form shows what is stored until the person edits it, and again after every save (a new
  // revision): derived during render, so an edit made the moment the plan arrives is never overwritten.
  const stored = plan ? `${plan.id}:${plan.revision}` : '';
  const [edited, setEdited] = useState<{ stored: string; rows: TargetRow[] }>({ stored: '', rows: [] });
  const rows = edited.stored === stored ? edited.rows : plan ? rowsOf(plan.progress.targets, locale) : [];
  const setRows = (next: TargetRow[]) => setEdited({ stored, rows: next });

  const mayWrite = !!plan && canPlanFor(me, plan.unit.id);
  const editable = mayWrite && (plan?.status === 'DRAFT' || plan?.status === 'RETURNED');
  const mayDecide = me?.role === 'ADMIN' || me?.role === 'REVIEWER';
  const busy = saving || submitting || approving || sending;

  const settle = (outcome: { ok: true; data: Plan } | { ok: false; error: AppError | string }) => {
    if (outcome.ok) {
      setFailure(null);
      setProblems({});
      return true;
    }
    setFailure(outcome.error);
    if (typeof outcome.error !== 'string') {
      setProblems(
        Object.fromEntries(outcome.error.issues.map((issue) => [issue.path, issue.messages[locale]])),
      );
    }
    return false;
  };
  /** Saves the rows; the revision to go on from, or null when something must be fixed first. */
  const onSave = async (): Promise<number | null> => {
    if (!plan) return null;
    const { targets, problems: typed } = targetsOf(rows, locale);
    if (Object.keys(typed).length > 0) {
      setProblems(
        Object.fromEntries(Object.entries(typed).map(([path, code]) => [path, t(`plans.problem.${code}`)])),
      );
      return null;
    }
    const outcome = await save({ input: { id: plan.id, revision: plan.revision, note: plan.note, targets } });
    return settle(outcome) && outcome.ok ? outcome.data.revision : null;
  };
  // Submitting sends what is on screen: unsaved rows are saved first.
  const onSubmit = async () => {
    if (!plan) return;
    const dirty = JSON.stringify(rows) !== JSON.stringify(rowsOf(plan.progress.targets, locale));
    const at = dirty ? await onSave() : plan.revision;
    if (at !== null) settle(await submit({ input: { id: plan.id, revision: at } }));
  };

  return (
    <div className="page plan-page">
      <p>
        <Link to={plan ? `/plans?period=${encodeURIComponent(plan.targetPeriod.id)}` : '/plans'}>
          ← {t('plans.back')}
        </Link>
      </p>
      {fetching && !data && <p>{t('common.loading')}</p>}
      <RequestFailed error={error} />
      {data && !plan && !error && <p role="alert">{t('common.notFound')}</p>}
      {plan && (
        <>
          <h1>{t('plans.heading', { unit: plan.unit.name, period: plan.targetPeriod.code })}</h1>
          <p className="muted">
            <StatusBadge status={plan.status} />{' '}
            {plan.basePeriod ? t('plans.basedOn', { period: plan.basePeriod.code }) : t('plans.noBase')}
            {plan.approvedAt &&
              ` · ${t('plans.approvedAt', { day: formatDate(plan.approvedAt.slice(0, 10), locale) })}`}
          </p>
          {plan.returnReason && plan.status === 'RETURNED' && (
            <p className="banner warning" role="status">
              {t('plans.returned', { reason: plan.returnReason })}
            </p>
          )}
          <ErrorBanner error={failure} onReload={() => reload({ requestPolicy: 'network-only' })} />
          <GainsTable progress={plan.progress} />
          {editable ? (
            <>
              <Suggestions planId={plan.id} rows={rows} onAdd={(added) => setRows([...rows, ...added])} />
              <TargetsEditor rows={rows} criteria={plan.criteria} problems={problems} onChange={setRows} />
            </>
          ) : (
            <TargetsProgress targets={plan.progress.targets} />
          )}
          <div className="actions-inline">
            {editable && (
              <>
                <button type="button" className="primary" disabled={busy} onClick={onSave}>
                  {t('plans.save')}
                </button>
                <button type="button" disabled={busy || rows.length === 0} onClick={onSubmit}>
                  {t('plans.submit')}
                </button>
              </>
            )}
            {mayDecide && plan.status === 'SUBMITTED' && (
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={async () =>
                  settle(await approve({ input: { id: plan.id, revision: plan.revision } }))
                }
              >
                {t('plans.approve')}
              </button>
            )}
            {mayDecide && (plan.status === 'SUBMITTED' || plan.status === 'APPROVED') && (
              <button type="button" disabled={busy} onClick={() => setReturning(true)}>
                {t('plans.return')}
              </button>
            )}
          </div>
          {returning && (
            <ReasonForm
              title={t('plans.returnTitle')}
              label={t('plans.returnReason')}
              confirm={t('plans.return')}
              busy={sending}
              onCancel={() => setReturning(false)}
              onConfirm={async (reason) => {
                const done = settle(
                  await sendBack({ input: { id: plan.id, revision: plan.revision, reason } }),
                );
                if (done) setReturning(false);
                return done;
              }}
            />
          )}
        </>
      )}
    </div>
  );
}
