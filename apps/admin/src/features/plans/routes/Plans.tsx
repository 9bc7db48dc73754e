import { formatPoints } from '@chiso/scoring';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { AppError } from '../../../graphql/errors.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { hundredths, useLocale } from '../../../lib/locale.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { RequestFailed } from '../../../ui/RequestFailed.tsx';
import { StatusBadge } from '../../../ui/Status.tsx';
import { useSession } from '../../auth/session.tsx';
import { CREATE_PLAN, PLAN_PERIODS, PLANS } from '../operations.ts';

/**
 * Kế hoạch nâng điểm: the plans for a coming period. The Sở sees the province's roll-up (who planned
 * what, how many are on track); a unit officer sees their own and starts one (from a result page,
 * `?unit=` names the unit).
 */
export default function Plans() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const [{ data: periodData }] = useQuery({ query: PLAN_PERIODS });
  const periods = (periodData?.periods.edges ?? []).map(({ node }) => node);
  const open = periods.filter((period) => period.status === 'DRAFT' || period.status === 'OPEN');
  const periodId = params.get('period') ?? open[0]?.id ?? periods[0]?.id ?? '';
  const [{ data, fetching, error }] = useQuery({
    query: PLANS,
    variables: { periodId },
    pause: !periodId,
  });
  const plans = data?.improvementPlans ?? [];
  const [creating, create] = useAction(CREATE_PLAN, 'createImprovementPlan');
  const [failure, setFailure] = useState<AppError | string | null>(null);
  const units = me?.units ?? [];
  const unitId = params.get('unit') ?? units[0]?.id ?? '';
  const mayCreate = (me?.role === 'UNIT_OFFICER' || me?.role === 'ADMIN') && unitId !== '';
  const targetOpen = open.some((period) => period.id === periodId);
  const points = (value: number) => formatPoints(hundredths(value), locale);
  const onTrack = plans.filter((plan) => plan.progress.onTrack).length;

  const start = async () => {
    const outcome = await create({ input: { unitId, targetPeriodId: periodId } });
    if (outcome.ok) navigate(`/plans/${encodeURIComponent(outcome.data.id)}`);
    else setFailure(outcome.error);
  };

  return (
    <div className="page">
      <h1>{t('plans.title')}</h1>
      <p className="muted">{t('plans.intro')}</p>
      <label>
        {t('plans.period')}{' '}
        <select
          value={periodId}
          onChange={(event) =>
            setParams({ period: event.target.value, ...(params.get('unit') ? { unit: unitId } : {}) })
          }
        >
          {periods.map((period) => (
            <option key={period.id} value={period.id}>
              {period.code} — {period.name}
            </option>
          ))}
        </select>
      </label>
      {mayCreate && targetOpen && (
        <p>
          {units.length > 1 && !params.get('unit') && (
            <select
              aria-label={t('plans.unit')}
              value={unitId}
              onChange={(event) => setParams({ period: periodId, unit: event.target.value })}
            >
              {units.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          )}{' '}
          <button type="button" disabled={creating} onClick={start}>
            {t('plans.create')}
          </button>
        </p>
      )}
      <ErrorBanner error={failure} />
      {fetching && !data && <p>{t('common.loading')}</p>}
      <RequestFailed error={error} />
      {data && <p role="status">{t('plans.summary', { count: plans.length, onTrack })}</p>}
      {plans.length > 0 && (
        <table className="table">
          <caption>{t('plans.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.unit')}</th>
              <th scope="col">{t('assessments.status')}</th>
              <th scope="col" className="num">
                {t('plans.targets')}
              </th>
              <th scope="col" className="num">
                {t('plans.planned')}
              </th>
              <th scope="col" className="num">
                {t('plans.achieved')}
              </th>
              <th scope="col" className="num">
                {t('plans.met')}
              </th>
              <th scope="col" className="num">
                {t('plans.overdue')}
              </th>
            </tr>
          </thead>
          <tbody>
            {plans.map((plan) => (
              <tr key={plan.id} data-testid={`plan-${plan.unit.code}`}>
                <td>
                  <Link to={`/plans/${encodeURIComponent(plan.id)}`}>{plan.unit.name}</Link>
                </td>
                <td>
                  <StatusBadge status={plan.status} />
                </td>
                <td className="num">{plan.progress.targets.length}</td>
                <td className="num">+{points(plan.progress.planned)}</td>
                <td className="num">+{points(plan.progress.achieved)}</td>
                <td className="num">{plan.progress.met}</td>
                <td className="num">{plan.progress.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
