import { formatPercent, formatPoints } from '@chiso/scoring';
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { RANKING, RESULT_FILTERS } from '../../graphql/operations.ts';
import type { Edges, Text } from '../../graphql/types.ts';
import { hundredths, useLocale } from '../../lib/locale.ts';

interface CategoryScore {
  code: string;
  name: Text;
  points: number;
  maxPoints: number;
  level: number | null;
  levelText: string | null;
  notRanked: boolean | null;
}
interface RankingRow {
  id: string;
  unit: { id: string; name: string } | null;
  version: { set: { code: string } } | null;
  result: {
    points: number;
    maxPoints: number;
    index: number;
    rank: number;
    band: string | null;
    categories: CategoryScore[] | null;
  } | null;
}
interface Filters {
  periods: Edges<{ id: string; code: string; name: string; status: string }>;
  unitGroups: Array<{ id: string; code: string; name: string; nameEn: string; position: number }>;
}

export default function Ranking() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data: filters }] = useQuery<Filters>({ query: RESULT_FILTERS });
  const published = (filters?.periods.edges ?? []).filter(({ node }) => node.status === 'PUBLISHED');
  // The choice lives in the URL (?period=…&group=…): links and the back button keep it.
  const [params, setParams] = useSearchParams();
  const periodId = params.get('period') ?? '';
  const groupId = params.get('group') ?? '';
  const choose = (key: 'period' | 'group', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const period = periodId || published[0]?.node.id || '';
  const group = groupId || filters?.unitGroups[0]?.id || '';
  const [{ data, fetching }] = useQuery<{ ranking: Edges<RankingRow> }>({
    query: RANKING,
    variables: { periodId: period, unitGroupId: group },
    pause: !period || !group,
  });

  const allRows = useMemo(() => (data?.ranking.edges ?? []).map(({ node }) => node), [data]);
  // A group may be ranked on a ministry set and a provincial supplement: one table per set.
  const setCodes = useMemo(() => [...new Set(allRows.map((row) => row.version?.set.code ?? ''))], [allRows]);
  const [setCode, setSetCode] = useState('');
  const chosenSet = setCodes.includes(setCode) ? setCode : (setCodes[0] ?? '');
  const rows = useMemo(
    () => allRows.filter((row) => (row.version?.set.code ?? '') === chosenSet),
    [allRows, chosenSet],
  );
  const categoryCodes = useMemo(() => {
    const seen = new Map<string, Text>();
    for (const row of rows)
      for (const category of row.result?.categories ?? []) seen.set(category.code, category.name);
    return [...seen];
  }, [rows]);

  const columns = useMemo<ColumnDef<RankingRow>[]>(
    () => [
      { id: 'rank', header: t('results.rank'), accessorFn: (row) => row.result?.rank ?? null },
      {
        id: 'unit',
        header: t('results.unit'),
        accessorFn: (row) => row.unit?.name ?? '',
        sortingFn: 'text',
        cell: ({ row }) =>
          row.original.result ? (
            <Link
              to={`/results/${encodeURIComponent(row.original.id)}`}
              title={t('results.open', { unit: row.original.unit?.name ?? '' })}
            >
              {row.original.unit?.name ?? '—'}
            </Link>
          ) : (
            (row.original.unit?.name ?? '—')
          ),
      },
      ...categoryCodes.map(
        ([code, name]): ColumnDef<RankingRow> => ({
          id: `category-${code}`,
          header: name[locale],
          accessorFn: (row) =>
            row.result?.categories?.find((category) => category.code === code)?.points ?? null,
          cell: ({ row }) => {
            const category = row.original.result?.categories?.find((item) => item.code === code);
            if (!category) return '—';
            return (
              <span>
                {formatPoints(hundredths(category.points), locale)}
                <br />
                <span className={category.notRanked ? 'level not-ranked small' : 'level small'}>
                  {category.level !== null
                    ? t('results.level', { level: category.level })
                    : category.notRanked
                      ? t('results.notRanked')
                      : ''}
                </span>
              </span>
            );
          },
        }),
      ),
      {
        id: 'points',
        header: t('results.points'),
        accessorFn: (row) => row.result?.points ?? null,
        cell: ({ row }) =>
          row.original.result
            ? `${formatPoints(hundredths(row.original.result.points), locale)} / ${formatPoints(hundredths(row.original.result.maxPoints), locale)}`
            : '—',
      },
      {
        id: 'index',
        header: t('results.share'),
        accessorFn: (row) => row.result?.index ?? null,
        cell: ({ getValue }) => {
          const value = getValue() as number | null;
          return value === null ? '—' : formatPercent(value, locale);
        },
      },
    ],
    [t, locale, categoryCodes],
  );
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  // For `pnpm bench:admin`: the rows are in the DOM once this effect runs (after React's commit).
  useEffect(() => {
    if (rows.length > 0) performance.mark('chiso:ranking-rendered', { detail: { rows: rows.length } });
  }, [rows]);

  return (
    <div className="page">
      <h1>{t('results.title')}</h1>
      <div className="filters">
        <label>
          {t('results.period')}{' '}
          <select value={period} onChange={(event) => choose('period', event.target.value)}>
            {published.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.code} — {node.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('results.group')}{' '}
          <select value={group} onChange={(event) => choose('group', event.target.value)}>
            {filters?.unitGroups.map((item) => (
              <option key={item.id} value={item.id}>
                {locale === 'en' ? item.nameEn : item.name}
              </option>
            ))}
          </select>
        </label>
        {setCodes.length > 1 && (
          <label>
            {t('results.set')}{' '}
            <select value={chosenSet} onChange={(event) => setSetCode(event.target.value)}>
              {setCodes.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {filters && published.length === 0 && <p>{t('results.noPublished')}</p>}
      {fetching && !data && <p>{t('common.loading')}</p>}
      {data && rows.length === 0 && <p>{t('results.empty')}</p>}
      {rows.length > 0 && (
        <table className="table ranking">
          <caption>{t('results.count', { count: rows.length })}</caption>
          <thead>
            {table.getHeaderGroups().map((headerGroup) => (
              <tr key={headerGroup.id}>
                {headerGroup.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    >
                      <button
                        type="button"
                        className="sort"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
