import type { Locale } from '@chiso/scoring';
import { formatDate, formatPoints } from '@chiso/scoring';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentOf, type ResultOf, readFragment } from '../../../graphql/graphql.ts';
import { hundredths, useLocale } from '../../../lib/locale.ts';
import { StatusBadge } from '../../../ui/Status.tsx';
import { AssessmentRowFields } from '../operations.ts';

type Row = ResultOf<typeof AssessmentRowFields>;

/** The columns a list may show, each with its heading key and its cell. */
const COLUMNS = {
  period: { head: 'assessments.period', cell: (row: Row) => row.period?.code },
  unit: { head: 'assessments.unit', cell: (row: Row) => row.unit?.name },
  group: {
    head: 'assessments.group',
    cell: (row: Row, locale: Locale) => (locale === 'en' ? row.unitGroup?.nameEn : row.unitGroup?.name),
  },
  setCode: { head: 'assessments.set', cell: (row: Row) => row.version?.set.code },
  setVersion: {
    head: 'assessments.set',
    cell: (row: Row, locale: Locale) => (
      <>
        {row.version?.set.name[locale]} ({row.version?.version})
      </>
    ),
  },
  submittedAt: {
    head: 'review.submittedAt',
    cell: (row: Row, locale: Locale) => (row.submittedAt ? formatDate(row.submittedAt, locale) : '—'),
  },
  status: { head: 'assessments.status', cell: (row: Row) => <StatusBadge status={row.status} /> },
  due: {
    head: 'assessments.due',
    cell: (row: Row, locale: Locale) => (
      <>
        {row.dueOn ? formatDate(row.dueOn, locale) : '—'}
        {row.overdue && <OverdueMark />}
      </>
    ),
  },
} as const satisfies Record<string, { head: string; cell: (row: Row, locale: Locale) => ReactNode }>;

type AssessmentColumn = keyof typeof COLUMNS;

interface AssessmentItem {
  id: string;
  status: string;
  row: FragmentOf<typeof AssessmentRowFields>;
}

interface Props {
  items: readonly AssessmentItem[];
  /** In order; self points and the open link always end the row. */
  columns: readonly AssessmentColumn[];
  link: (item: AssessmentItem) => { to: string; label: string };
  caption?: string;
  /** Checkboxes for the SUBMITTED rows (the review queue's bulk approval). */
  selection?: { selected: ReadonlySet<string>; onChange: (selected: Set<string>) => void };
}

/** The officer's assessments and the review queue: one table, different columns. */
export function AssessmentTable({ items, columns, link, caption, selection }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const selectable = items.filter((item) => item.status === 'SUBMITTED').map((item) => item.id);
  const chosen = selection ? selectable.filter((id) => selection.selected.has(id)) : [];
  const toggle = (id: string) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    if (!next.delete(id)) next.add(id);
    selection.onChange(next);
  };
  return (
    <table className="table">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {selection && (
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t('review.selectAll')}
                checked={selectable.length > 0 && chosen.length === selectable.length}
                onChange={(event) =>
                  selection.onChange(event.target.checked ? new Set(selectable) : new Set())
                }
              />
            </th>
          )}
          {columns.map((column) => (
            <th key={column} scope="col">
              {t(COLUMNS[column].head)}
            </th>
          ))}
          <th scope="col" className="num">
            {t('assessments.selfPoints')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('assessments.open')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const row = readFragment(AssessmentRowFields, item.row);
          const { to, label } = link(item);
          return (
            <tr key={item.id}>
              {selection && (
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('review.select', { unit: row.unit?.name })}
                    checked={selection.selected.has(item.id)}
                    disabled={item.status !== 'SUBMITTED'}
                    onChange={() => toggle(item.id)}
                  />
                </td>
              )}
              {columns.map((column) => (
                <td key={column}>{COLUMNS[column].cell(row, locale)}</td>
              ))}
              <td className="num">{formatPoints(hundredths(row.selfPoints), locale)}</td>
              <td>
                <Link to={to}>{label}</Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The deadline passed without a submission: the unit will be published as "không nộp báo cáo". */
function OverdueMark() {
  const { t } = useTranslation();
  return <span className="status status-overdue"> {t('assessments.overdue')}</span>;
}
