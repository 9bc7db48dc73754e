import { formatPercent, formatPoints } from '@chiso/scoring';
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Text } from '../../graphql/types.ts';
import { hundredths, useLocale } from '../../lib/locale.ts';

export interface CategoryStanding {
  code: string;
  points: number;
  maxPoints: number;
  level: number | null;
  notRanked: boolean;
  notRankedReason: string | null;
}
export interface RankingEntry {
  assessmentId: string;
  rank: number | null;
  points: number;
  maxPoints: number;
  index: number;
  band: string | null;
  unit: { id: string; name: string; type: string; parentName: string | null };
  categories: CategoryStanding[];
}

// Unit names sort as Vietnamese readers expect (Ă after A, Đ after D), not by code points.
const collator = new Intl.Collator('vi', { sensitivity: 'base' });

/** A group's published ranking, sortable by every column; a unit's name opens its result page. */
export function RankingTable({
  entries,
  categories,
}: {
  entries: RankingEntry[];
  categories: Array<{ code: string; name: Text }>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const columns = useMemo<ColumnDef<RankingEntry>[]>(
    () => [
      { id: 'rank', header: t('results.rank'), accessorFn: (row) => row.rank },
      {
        id: 'unit',
        header: t('results.unit'),
        accessorFn: (row) => row.unit.name,
        sortingFn: (a, b) => collator.compare(a.original.unit.name, b.original.unit.name),
        cell: ({ row }) => (
          <Link
            to={`/results/${encodeURIComponent(row.original.assessmentId)}`}
            title={t('results.open', { unit: row.original.unit.name })}
          >
            {row.original.unit.name}
          </Link>
        ),
      },
      ...categories.map(
        ({ code, name }): ColumnDef<RankingEntry> => ({
          id: `category-${code}`,
          header: name[locale],
          accessorFn: (row) => row.categories.find((category) => category.code === code)?.points ?? null,
          cell: ({ row }) => {
            const category = row.original.categories.find((item) => item.code === code);
            if (!category) return '—';
            return (
              <span>
                {formatPoints(hundredths(category.points), locale)}
                <br />
                <span
                  className={category.notRanked ? 'level not-ranked small' : 'level small'}
                  title={category.notRankedReason ?? undefined}
                >
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
        accessorFn: (row) => row.points,
        cell: ({ row }) =>
          `${formatPoints(hundredths(row.original.points), locale)} / ${formatPoints(hundredths(row.original.maxPoints), locale)}`,
      },
      {
        id: 'index',
        header: t('results.share'),
        accessorFn: (row) => row.index,
        cell: ({ getValue }) => formatPercent(getValue() as number, locale),
      },
    ],
    [t, locale, categories],
  );
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({
    data: entries,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  return (
    <table className="table ranking">
      <caption>{t('results.count', { count: entries.length })}</caption>
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
                  <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                    <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
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
  );
}
