import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import type { EntriesImport } from '../operations.ts';

/** A whole province filled in is ~14,000 changes: the first ones show what the file does. */
const MAX_ROWS = 500;

/** The dry run: every problem (`Sheet!F12: …`), then per unit what would change, old → new. */
export function WorkbookReport({ report }: { report: EntriesImport }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const changed = report.units.filter((unit) => unit.changes.length > 0);
  const rows = changed.flatMap((unit) =>
    unit.changes.map((change, index) => ({ unit, change, first: index === 0 })),
  );
  const shown = rows.slice(0, MAX_ROWS);
  return (
    <>
      {report.problems.length > 0 && (
        <div className="banner error" role="alert">
          <strong>{t('workbooks.problems', { count: report.problems.length })}</strong>
          <ul className="issues">
            {report.problems.map((problem) => (
              <li key={`${problem.at}:${problem.code}`}>{problem.messages[locale]}</li>
            ))}
          </ul>
        </div>
      )}
      <p role="status">
        {report.applied
          ? t('workbooks.applied', { count: changed.length })
          : t('workbooks.preview', { count: changed.length, total: report.units.length })}
      </p>
      {changed.length > 0 && (
        <table className="table">
          <caption>{t('workbooks.changes')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assessments.unit')}</th>
              <th scope="col">{t('workbooks.criterion')}</th>
              <th scope="col">{t('workbooks.cell')}</th>
              <th scope="col">{t('workbooks.before')}</th>
              <th scope="col">{t('workbooks.after')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ unit, change, first }) => (
              <tr key={`${unit.assessmentId}:${change.nodeCode}`}>
                <th scope="row">{first ? unit.unitName : ''}</th>
                <td>
                  {change.nodeCode} {change.name[locale]}
                </td>
                <td>{change.cells.join(', ')}</td>
                <td>{change.before?.[locale] ?? '—'}</td>
                <td>{change.after?.[locale] ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length > shown.length && (
        <p className="muted">{t('workbooks.more', { count: rows.length - shown.length })}</p>
      )}
    </>
  );
}
