import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import { FieldError } from '../../../ui/fields.tsx';
import type { MappingEntry, MappingNode } from '../operations.ts';
import { type MappingRow, NO_COUNTERPART, targetsFor, UNDECIDED } from './CodeMappingChoices.ts';

interface Props {
  row: MappingRow;
  /** The position among rows, for labels of rows whose old code is not picked yet. */
  index: number;
  older: ReadonlyMap<string, MappingNode>;
  draft: readonly MappingNode[];
  /** Old codes an added row may still take (not in another row). */
  freeCodes: readonly string[];
  /** The stored entry for this old code, if any. */
  stored: MappingEntry | undefined;
  /** The server's problems with this row, in the console's language. */
  issues: readonly string[];
  onChange: (row: MappingRow) => void;
  onRemove: () => void;
}

/** One old code: what it was, what is stored, and the draft node it corresponds to. */
export function CodeMappingRowView({
  row,
  index,
  older,
  draft,
  freeCodes,
  stored,
  issues,
  onChange,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const old = older.get(row.from);
  const id = `code-mapping-${row.key}`;
  const targets = targetsFor(old, draft);
  const lost =
    row.choice !== UNDECIDED &&
    row.choice !== NO_COUNTERPART &&
    !targets.some((node) => node.code === row.choice);
  const name = row.from || t('codeMapping.entryNumber', { n: index + 1 });
  const message = issues.join(' ');
  return (
    <tr data-from={row.from} className={message ? 'has-error' : undefined}>
      <th scope="row">
        {row.extra ? (
          <>
            <label className="visually-hidden" htmlFor={`${id}-from`}>
              {t('codeMapping.oldCodeOf', { n: index + 1 })}
            </label>
            <select
              id={`${id}-from`}
              value={row.from}
              onChange={(event) => onChange({ ...row, from: event.target.value, choice: UNDECIDED })}
            >
              <option value="">{t('codeMapping.pickOld')}</option>
              {[row.from, ...freeCodes]
                .filter((code, at, all) => code && all.indexOf(code) === at)
                .map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
            </select>
          </>
        ) : (
          <code>{row.from}</code>
        )}
      </th>
      <td>
        {old ? (
          <>
            {old.name[locale]}{' '}
            <span className="muted small">
              ({t(`editor.kinds.${old.kind.toLowerCase() as Lowercase<typeof old.kind>}`)})
            </span>
          </>
        ) : (
          row.from && <span className="muted">{t('codeMapping.notInOlder')}</span>
        )}
      </td>
      <td>
        {/* Only the code: its name is the one the select beside it shows. */}
        {!stored ? (
          <span className="muted">—</span>
        ) : stored.to === null ? (
          <em>{t('codeMapping.noCounterpart')}</em>
        ) : (
          <code>{stored.to}</code>
        )}
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-to`}>
          {t('codeMapping.counterpartOf', { code: name })}
        </label>
        <select
          id={`${id}-to`}
          // Long node names would otherwise squeeze every other column.
          style={{ maxWidth: '26rem' }}
          value={row.choice}
          disabled={!row.from}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-error` : undefined}
          onChange={(event) => onChange({ ...row, choice: event.target.value })}
        >
          <option value={UNDECIDED}>{t('codeMapping.undecided')}</option>
          <option value={NO_COUNTERPART}>{t('codeMapping.noCounterpart')}</option>
          {targets.map((node) => (
            <option key={node.code} value={node.code}>
              {node.code} — {node.name[locale]}
            </option>
          ))}
          {/* A stored target the draft has since lost stays shown, so saving does not silently drop it. */}
          {lost && <option value={row.choice}>{t('codeMapping.notInDraft', { code: row.choice })}</option>}
        </select>
        <FieldError id={`${id}-error`} message={message || undefined} />
      </td>
      <td>
        {row.extra && (
          <button type="button" onClick={onRemove}>
            {t('codeMapping.removeEntry', { code: name })}
          </button>
        )}
      </td>
    </tr>
  );
}
