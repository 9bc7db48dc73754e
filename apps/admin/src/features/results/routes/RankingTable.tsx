import { formatPercent, formatPoints } from '@chiso/scoring';
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLinkDelegation } from '../../../lib/links.ts';
import { hundredths, useLocale } from '../../../lib/locale.ts';
import type { GroupRanking, RankingEntry } from '../operations.ts';

/** The not-ranked reasons as one tooltip; undefined when there are none. */
const reasons = (list: ReadonlyArray<{ message: string }>) =>
  list.length > 0 ? list.map((reason) => reason.message).join('; ') : undefined;

/** react-table sorts and heads a column; `render` draws its cell straight from the entry. */
type RankingColumn = ColumnDef<RankingEntry> & { id: string; render: (entry: RankingEntry) => ReactNode };

// Unit names sort as Vietnamese readers expect (Ă after A, Đ after D), not by code points.
const collator = new Intl.Collator('vi', { sensitivity: 'base' });

/**
 * A group's published ranking, sortable by every column; a unit's name opens its result page. Units
 * not ranked in every category have no place: they follow the ranked ones under "Không xếp hạng
 * chung", sorted the same way.
 * A group can have 177 units × several categories, ~1,400 cells: they are plain markup drawn by one
 * function per column (no component, context or react-table cell object per cell), links are anchors
 * with one delegated click handler and level labels are translated once, so the table renders in one
 * short task.
 */
export function RankingTable({
  entries,
  categories,
}: {
  entries: RankingEntry[];
  categories: GroupRanking['categories'];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const openLink = useLinkDelegation();
  const columns = useMemo<RankingColumn[]>(() => {
    const levels = [1, 2, 3, 4].map((level) => t('results.level', { level }));
    const notRanked = t('results.notRanked');
    const notRankedShort = t('results.notRankedShort');
    const points = (value: number) => formatPoints(hundredths(value), locale);
    return [
      {
        id: 'rank',
        header: t('results.rank'),
        accessorFn: (entry) => entry.rank,
        // No place for a unit not ranked in every category: why, on hover (each category says it too).
        render: (entry) =>
          entry.rank ?? (
            <span className="level not-ranked small" title={reasons(entry.notRankedReasons)}>
              {notRankedShort}
            </span>
          ),
      },
      {
        id: 'unit',
        header: t('results.unit'),
        accessorFn: (entry) => entry.unit.name,
        sortingFn: (a, b) => collator.compare(a.original.unit.name, b.original.unit.name),
        render: (entry) => (
          <a href={`/results/${encodeURIComponent(entry.assessmentId)}`}>{entry.unit.name}</a>
        ),
      },
      ...categories.map(({ code, name }): RankingColumn => {
        const standing = (entry: RankingEntry) => entry.categories.find((category) => category.code === code);
        return {
          id: `category-${code}`,
          header: name[locale],
          accessorFn: (entry) => standing(entry)?.points ?? null,
          render: (entry) => {
            const category = standing(entry);
            if (!category) return '—';
            return (
              <>
                {points(category.points)}
                <span
                  className={category.notRanked ? 'level not-ranked small' : 'level small'}
                  title={reasons(category.notRankedReasons)}
                >
                  {category.level !== null ? levels[category.level - 1] : category.notRanked ? notRanked : ''}
                </span>
              </>
            );
          },
        };
      }),
      {
        id: 'points',
        header: t('results.points'),
        accessorFn: (entry) => entry.points,
        render: (entry) => `${points(entry.points)} / ${points(entry.maxPoints)}`,
      },
      {
        id: 'index',
        header: t('results.share'),
        accessorFn: (entry) => entry.index,
        render: (entry) => formatPercent(entry.index, locale),
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
  const rows = table.getRowModel().rows;
  const ranked = rows.filter((row) => row.original.rank !== null);
  const unranked = rows.filter((row) => row.original.rank === null);
  return (
    <table className="table ranking">
      <caption>{t('results.count', { count: entries.length })}</caption>
      {/* Fixed widths: the browser lays out the table from these instead of measuring every cell. */}
      <colgroup>
        {columns.map((column) => (
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
        {ranked.map(({ id, original }) => (
          <tr key={id}>
            {columns.map((column) => (
              <td key={column.id}>{column.render(original)}</td>
            ))}
          </tr>
        ))}
      </tbody>
      {unranked.length > 0 && (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the anchors inside keep their own keyboard behaviour
        <tbody className="not-ranked-overall" onClick={openLink}>
          <tr className="group-heading">
            <th scope="rowgroup" colSpan={columns.length}>
              {t('results.notRankedOverall', { count: unranked.length })}
            </th>
          </tr>
          {unranked.map(({ id, original }) => (
            <tr key={id}>
              {columns.map((column) => (
                <td key={column.id}>{column.render(original)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      )}
    </table>
  );
}
