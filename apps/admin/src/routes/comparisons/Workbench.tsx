import { formatPercent, formatPoints } from '@chiso/scoring';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Heatmap } from '../../components/Heatmap.tsx';
import {
  COMPARISON_MATRIX,
  type MatrixColumn,
  type MatrixRow,
  matrixExportUrl,
  SAVE_COMPARISON,
} from '../../graphql/comparisons.ts';
import type { AppError } from '../../graphql/errors.ts';
import { RESULT_FILTERS } from '../../graphql/operations.ts';
import type { Edges, Text } from '../../graphql/types.ts';
import { useAction } from '../../graphql/useAction.ts';
import { hundredths, useLocale } from '../../lib/locale.ts';

interface Filters {
  periods: Edges<{ id: string; code: string; name: string; status: string }>;
  unitGroups: Array<{ id: string; name: string; nameEn: string }>;
}
interface Matrix {
  comparisonMatrix: { columns: MatrixColumn[]; rows: MatrixRow[] } | null;
  weakestCriteria: {
    cohortSize: number;
    criteria: Array<{ code: string; name: Text; lost: number; lostShare: number; atZero: number }>;
  } | null;
}
const KINDS = ['CATEGORY', 'GROUP', 'CRITERION'] as const;

/** The analyst's workbench: cohort, period and node kind → heatmap, weakest criteria, save, export. */
export default function Workbench() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data: filters }] = useQuery<Filters>({ query: RESULT_FILTERS });
  const published = (filters?.periods.edges ?? [])
    .map(({ node }) => node)
    .filter((p) => p.status === 'PUBLISHED');
  const [periodId, setPeriodId] = useState('');
  const [groupId, setGroupId] = useState('');
  const [nodeKind, setNodeKind] = useState<(typeof KINDS)[number]>('GROUP');
  const period = periodId || published[0]?.id || '';
  const group = groupId || filters?.unitGroups[0]?.id || '';
  const [{ data, fetching }] = useQuery<Matrix>({
    query: COMPARISON_MATRIX,
    variables: { periodId: period, unitGroupId: group, nodeKind },
    pause: !period || !group,
  });
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<AppError | string | null>(null);
  const [saving, save] = useAction<{ id: string; name: string }>(SAVE_COMPARISON, 'saveComparison');
  const saveNow = async () => {
    const outcome = await save({
      name: name.trim(),
      definition: {
        cohort: { unitGroupId: group },
        periods: [period],
        nodes: { kind: nodeKind },
        measures: ['SHARE', 'POINTS'],
      },
    });
    setError(outcome.ok ? null : outcome.error);
    setSaved(outcome.ok ? t('workbench.saved', { name: outcome.data.name }) : null);
  };
  const matrix = data?.comparisonMatrix;
  return (
    <div className="page">
      <h1>{t('workbench.title')}</h1>
      <div className="row">
        <label>
          {t('workbench.group')}{' '}
          <select value={group} onChange={(event) => setGroupId(event.target.value)}>
            {(filters?.unitGroups ?? []).map((item) => (
              <option key={item.id} value={item.id}>
                {locale === 'en' ? item.nameEn : item.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('workbench.period')}{' '}
          <select value={period} onChange={(event) => setPeriodId(event.target.value)}>
            {published.map((item) => (
              <option key={item.id} value={item.id}>
                {item.code} — {item.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('workbench.nodeKind')}{' '}
          <select
            value={nodeKind}
            onChange={(event) => setNodeKind(event.target.value as (typeof KINDS)[number])}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`workbench.kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {period && group && (
        <p className="downloads">
          <a href={matrixExportUrl('csv', period, group, nodeKind)} download>
            {t('workbench.csv')}
          </a>{' '}
          ·{' '}
          <a href={matrixExportUrl('xlsx', period, group, nodeKind)} download>
            {t('workbench.xlsx')}
          </a>
        </p>
      )}
      {fetching && !data && <p>{t('common.loading')}</p>}
      {matrix && <Heatmap columns={matrix.columns} rows={matrix.rows} />}
      {data?.weakestCriteria && (
        <section aria-labelledby="weakest">
          <h2 id="weakest">{t('workbench.weakest')}</h2>
          <ol>
            {data.weakestCriteria.criteria.map((item) => (
              <li key={item.code}>
                <strong>{item.code}</strong> {item.name[locale]} — {t('workbench.lost')}{' '}
                {formatPoints(hundredths(item.lost), locale)} ({formatPercent(item.lostShare, locale)}),{' '}
                {t('workbench.atZero', { count: item.atZero })}
              </li>
            ))}
          </ol>
        </section>
      )}
      <section aria-labelledby="save-comparison" className="row">
        <h2 id="save-comparison" className="visually-hidden">
          {t('workbench.save')}
        </h2>
        <label>
          {t('workbench.name')} <input value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <button type="button" disabled={saving || !name.trim()} onClick={() => void saveNow()}>
          {t('workbench.save')}
        </button>
        {saved && <span role="status">{saved}</span>}
        <ErrorBanner error={error} />
      </section>
    </div>
  );
}
