import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import type { MatrixColumn } from '../operations.ts';

/**
 * Which nodes of the kind become columns. `chosen` null = all of them; choosing every node again
 * goes back to null, so a saved comparison keeps following the set rather than a frozen list.
 */
export function NodePicker({
  columns,
  chosen,
  onChange,
}: {
  columns: MatrixColumn[];
  chosen: string[] | null;
  onChange: (codes: string[] | null) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const selected = new Set(chosen ?? columns.map((column) => column.code));
  const count = columns.filter((column) => selected.has(column.code)).length;
  const toggle = (code: string, on: boolean) => {
    // Document order, whatever order they were ticked in.
    const next = columns
      .map((column) => column.code)
      .filter((item) => (item === code ? on : selected.has(item)));
    onChange(next.length === columns.length ? null : next);
  };
  return (
    <details className="node-picker">
      <summary>{t('workbench.nodesChosen', { count, total: columns.length })}</summary>
      <fieldset>
        <legend>{t('workbench.nodes')}</legend>
        <div className="row">
          <button type="button" onClick={() => onChange(null)} disabled={count === columns.length}>
            {t('workbench.nodesAll')}
          </button>
          <button type="button" onClick={() => onChange([])} disabled={count === 0}>
            {t('workbench.nodesNone')}
          </button>
        </div>
        <ul className="node-picker-list">
          {columns.map((column) => (
            <li key={column.code}>
              <label>
                <input
                  type="checkbox"
                  checked={selected.has(column.code)}
                  onChange={(event) => toggle(column.code, event.target.checked)}
                />{' '}
                <strong>{column.code}</strong> {column.name[locale]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  );
}
