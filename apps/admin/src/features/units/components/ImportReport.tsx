import { formatNumber } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import type { UnitImportReport } from '../operations.ts';

const COUNTS = ['created', 'renamed', 'moved', 'ended', 'unchanged', 'events'] as const;
const KINDS = ['CREATED', 'RENAMED', 'MOVED', 'ENDED'] as const;

/** What an import changes (or changed): the counts, then the units of each kind by name. */
export function ImportReport({ report, title }: { report: UnitImportReport; title: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="panel" aria-label={title}>
      <h2>{title}</h2>
      <table className="counts">
        <tbody>
          {COUNTS.map((count) => (
            <tr key={count} data-testid={`count-${count}`}>
              <th scope="row">{t(`unitAdmin.report.${count}`)}</th>
              <td className="number">{formatNumber(report[count], locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.missing.length > 0 && (
        <p role="alert">
          {t('unitAdmin.report.missing', { count: report.missing.length })} {report.missing.join(', ')}
        </p>
      )}
      {KINDS.map((kind) => {
        const changes = report.changes.filter((change) => change.kind === kind);
        if (changes.length === 0) return null;
        return (
          <details key={kind}>
            <summary>
              {t(`unitAdmin.change.${kind}`)} ({formatNumber(changes.length, locale)})
            </summary>
            <ul>
              {changes.map((change) => (
                <li key={`${change.code}-${change.name}`}>
                  {change.code} · {change.oldName ? `${change.oldName} → ${change.name}` : change.name}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
