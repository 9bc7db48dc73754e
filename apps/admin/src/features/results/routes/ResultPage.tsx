import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { nodeOf } from '../../../graphql/graphql.ts';
import { useLocale } from '../../../lib/locale.ts';
import { PrintButton, PrintHeader } from '../../../ui/Print.tsx';
import { RequestFailed } from '../../../ui/RequestFailed.tsx';
import { useSession } from '../../auth/session.tsx';
import { canPlanFor } from '../../plans/access.ts';
import type { GroupBar } from '../components/GroupChart.tsx';
import { NextLevelPanel } from '../components/NextLevelPanel.tsx';
import { ResultSummary, ResultTree } from '../components/ResultTree.tsx';
import { ASSESSMENT_RESULT } from '../operations.ts';
import { useWhatIfBasis } from '../useWhatIfBasis.ts';

// recharts is heavy: its own chunk, fetched after the tree is on screen.
const GroupChart = lazy(() => import('../components/GroupChart.tsx'));

export default function ResultPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { me } = useSession();
  const { assessmentId = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({
    query: ASSESSMENT_RESULT,
    variables: { id: assessmentId },
  });
  const assessment = nodeOf(data?.node, 'Assessment');
  const result = assessment?.result ?? null;
  const notSubmitted = result?.notRankedReasons.find((reason) => reason.code === 'NOT_SUBMITTED');
  const whatIf = useWhatIfBasis(assessmentId, Boolean(result && !notSubmitted));
  const charts = useMemo(() => {
    const nodes = result?.nodes ?? [];
    const before = new Map((result?.delta?.nodes ?? []).map((item) => [item.code, item.before]));
    return nodes
      .filter((node) => node.kind === 'CATEGORY')
      .map((category) => ({
        code: category.code,
        title: category.name?.[locale] ?? category.code,
        bars: nodes
          .filter((node) => node.kind === 'GROUP' && node.path.startsWith(`${category.path}/`))
          .map(
            (group): GroupBar => ({
              code: group.code,
              name: group.name?.[locale] ?? group.code,
              points: group.points ?? 0,
              maxPoints: group.maxPoints ?? 0,
              previous: before.get(group.code) ?? null,
            }),
          ),
      }))
      .filter((chart) => chart.bars.length > 0);
  }, [result, locale]);

  const back =
    assessment?.period && assessment.unitGroup
      ? `/results?period=${encodeURIComponent(assessment.period.id)}&group=${encodeURIComponent(assessment.unitGroup.id)}`
      : '/results';
  return (
    <div className="page result-page">
      {assessment && (
        <PrintHeader
          title={assessment.unit?.name ?? assessment.id}
          subtitle={assessment.period ? `${assessment.period.code} — ${assessment.period.name}` : undefined}
        />
      )}
      <p className="no-print">
        <Link to={back}>← {t('result.back')}</Link>
      </p>
      {fetching && !data && <p>{t('common.loading')}</p>}
      <RequestFailed error={error} />
      {/* A refused assessment (FORBIDDEN) is said by the error above, not as missing. */}
      {data && !assessment && !error && <p role="alert">{t('common.notFound')}</p>}
      {assessment && (
        <>
          <h1>{assessment.unit?.name ?? assessment.id}</h1>
          <p className="muted">
            {assessment.period ? `${assessment.period.code} — ${assessment.period.name}` : ''}
            {assessment.unitGroup
              ? ` · ${locale === 'en' ? assessment.unitGroup.nameEn : assessment.unitGroup.name}`
              : ''}
            {assessment.version
              ? ` · ${t('result.versionOf', { set: assessment.version.set.name[locale], version: assessment.version.version })}`
              : ''}
          </p>
          {assessment.unit && canPlanFor(me, assessment.unit.id) && (
            <p className="no-print">
              <Link to={`/plans?unit=${encodeURIComponent(assessment.unit.id)}`}>
                {t('plans.resultLink')}
              </Link>
            </p>
          )}
          {result && <PrintButton />}
          {!result && <p>{t('result.unpublished')}</p>}
          {/* Published without a score (NOT_SUBMITTED): the reason is the whole result. */}
          {notSubmitted && (
            <p className="banner warning" role="status">
              {notSubmitted.message}
            </p>
          )}
          {result && !notSubmitted && (
            <>
              <ResultSummary result={result} locale={locale} />
              <ResultTree nodes={result.nodes ?? []} delta={result.delta} locale={locale} />
              {whatIf && (
                <NextLevelPanel
                  set={whatIf.set}
                  basis={whatIf.basis}
                  storedEffort={whatIf.effort}
                  locale={locale}
                />
              )}
              <h2>{t('result.charts')}</h2>
              <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
                <div className="group-charts">
                  {charts.map((chart) => (
                    <GroupChart key={chart.code} title={chart.title} bars={chart.bars} locale={locale} />
                  ))}
                </div>
              </Suspense>
            </>
          )}
        </>
      )}
    </div>
  );
}
