import { formatPercent, formatPoints } from '@chiso/scoring';
import {
  type Cell,
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Text } from '../../graphql/types.ts';
import { useLinkDelegation } from '../../lib/links.ts';
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

/**
 * A body cell's content by calling its renderer, where flexRender would mount each of the table's
 * ~1,400 cells as a component of its own; the renderers here use no hooks.
 */
function renderCell(cell: Cell<RankingEntry, unknown>): ReactNode {
  const render = cell.column.columnDef.cell;
  return typeof render === 'function' ? render(cell.getContext()) : render;
}

// Unit names sort as Vietnamese readers expect (Ă after A, Đ after D), not by code points.
const collator = new Intl.Collator('vi', { sensitivity: 'base' });

/**
 * A group's published ranking, sortable by every column; a unit's name opens its result page.
 * A group can have 177 units × several categories: the cells are plain markup (anchors with one
 * delegated click handler, level labels translated once) so the whole table renders in one short task.
 */
export function RankingTable({
  entries,
  categories,
}: {
  entries: RankingEntry[];
  categories: Array<{ code: string; name: Text }>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const openLink = useLinkDelegation();
  const columns = useMemo<ColumnDef<RankingEntry>[]>(() => {
    const levels = [1, 2, 3, 4].map((level) => t('results.level', { level }));
    const notRanked = t('results.notRanked');
    return [
      { id: 'rank', header: t('results.rank'), accessorFn: (row) => row.rank },
      {
        id: 'unit',
        header: t('results.unit'),
        accessorFn: (row) => row.unit.name,
        sortingFn: (a, b) => collator.compare(a.original.unit.name, b.original.unit.name),
        cell: ({ row }) => (
          <a href={`/results/${encodeURIComponent(row.original.assessmentId)}`}>{row.original.unit.name}</a>
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
            const label =
              category.level !== null ? levels[category.level - 1] : category.notRanked ? notRanked : '';
            return (
              <>
                {formatPoints(hundredths(category.points), locale)}
                <span
                  className={category.notRanked ? 'level not-ranked small' : 'level small'}
                  title={category.notRankedReason ?? undefined}
                >
                  {label}
                </span>
              </>
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
    ];
  }, [t, locale, categories]);
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
      {/* Fixed widths: the browser lays out the table from these instead of measuring every cell. */}
      <colgroup>
        {table.getVisibleLeafColumns().map((column) => (
          <col key={column.id} className={column.id.startsWith('category-') ? 'category' : column.id} />
        ))}
      </colgroup>
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
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the anchors inside keep their own keyboard behaviour */}
      <tbody onClick={openLink}>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getVisibleCells().map((cell) => (
              <td key={cell.id}>{renderCell(cell)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
