import { useMemo, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../graphql/useAction.ts';
import { useLocale } from '../../../lib/locale.ts';
import { EditorError } from '../../criteria/components/EditorError.tsx';
import { useEditSubmit } from '../../criteria/components/useEditSubmit.ts';
import type { MappingEntry, MappingNode, StoredMapping } from '../operations.ts';
import {
  entriesOf,
  initialRows,
  issuesByRow,
  type MappingRow,
  newNodes,
  UNDECIDED,
} from './CodeMappingChoices.ts';
import { CodeMappingRowView } from './CodeMappingRow.tsx';

interface Props {
  older: { version: string; nodes: readonly MappingNode[] };
  draft: readonly MappingNode[];
  /** What the draft keeps from this older version now. */
  stored: StoredMapping | undefined;
  onSave: (entries: MappingEntry[]) => Promise<Outcome<unknown>>;
  onReload?: (() => void) | undefined;
}

/**
 * The mapping from one older version: a decision for each old code the draft lacks, entries added by
 * hand for others (merges), and the draft's nodes nothing maps to. On an error every choice stays.
 */
export function CodeMappingForm({ older, draft, stored, onSave, onReload }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The rows are one field array; nothing is checked before sending: every problem is the
  // server's to name (old codes, kinds, duplicates), and it names them by row.
  const { control, handleSubmit } = useForm<{ rows: MappingRow[] }>({
    defaultValues: { rows: initialRows(older.nodes, draft, stored) },
  });
  const { append, update, remove } = useFieldArray({ control, name: 'rows' });
  const rows = useWatch({ control, name: 'rows' });
  const [added, setAdded] = useState(0);
  const [sent, setSent] = useState<MappingEntry[]>([]);
  const [notice, setNotice] = useState('');
  const { error, saving, submit } = useEditSubmit(onSave, () =>
    setNotice(t('codeMapping.saved', { version: older.version })),
  );
  const olderByCode = useMemo(() => new Map(older.nodes.map((node) => [node.code, node])), [older.nodes]);
  const storedByCode = new Map((stored?.entries ?? []).map((entry) => [entry.from, entry]));
  const entries = entriesOf(rows);
  const unmapped = newNodes(older.nodes, draft, entries);
  const { byRow, unplaced } = issuesByRow(error, sent, locale);
  const taken = new Set(rows.map((row) => row.from));
  const freeCodes = older.nodes.map((node) => node.code).filter((code) => !taken.has(code));

  const change = (index: number, next: MappingRow) => {
    setNotice('');
    update(index, next);
  };
  const addRow = () => {
    setAdded(added + 1);
    append({ key: `added-${added}`, from: '', choice: UNDECIDED, extra: true });
  };
  const save = handleSubmit((values) => {
    setNotice('');
    const sending = entriesOf(values.rows);
    setSent(sending);
    return submit(sending);
  });
  const table = (list: MappingRow[], caption: string) => (
    <table className="table code-mapping-rows">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('codeMapping.oldCode')}</th>
          <th scope="col">{t('codeMapping.oldNode')}</th>
          <th scope="col">{t('codeMapping.storedColumn')}</th>
          <th scope="col">{t('codeMapping.counterpart')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('codeMapping.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {list.map((row) => (
          <CodeMappingRowView
            key={row.key}
            row={row}
            index={rows.indexOf(row)}
            older={olderByCode}
            draft={draft}
            freeCodes={freeCodes}
            stored={storedByCode.get(row.from)}
            issues={byRow.get(row.from) ?? []}
            onChange={(next) => change(rows.indexOf(row), next)}
            onRemove={() => remove(rows.indexOf(row))}
          />
        ))}
      </tbody>
    </table>
  );
  const missing = rows.filter((row) => !row.extra);
  const extra = rows.filter((row) => row.extra);
  return (
    <form onSubmit={save} aria-label={t('codeMapping.formLabel', { version: older.version })}>
      {missing.length > 0 ? (
        <>
          <p className="muted">{t('codeMapping.neededHint')}</p>
          {table(missing, t('codeMapping.neededTitle', { version: older.version }))}
        </>
      ) : (
        <p>{t('codeMapping.noneNeeded', { version: older.version })}</p>
      )}
      {extra.length > 0 && table(extra, t('codeMapping.extraTitle'))}
      <p>
        <button type="button" onClick={addRow} disabled={freeCodes.length === 0}>
          {t('codeMapping.addEntry')}
        </button>{' '}
        <span className="muted small">{t('codeMapping.extraHint')}</span>
      </p>
      <h3>{t('codeMapping.newNodesTitle')}</h3>
      {unmapped.length > 0 ? (
        <ul aria-label={t('codeMapping.newNodesTitle')}>
          {unmapped.map((node) => (
            <li key={node.code}>
              <code>{node.code}</code> {node.name[locale]}{' '}
              <span className="muted small">
                ({t(`editor.kinds.${node.kind.toLowerCase() as Lowercase<typeof node.kind>}`)})
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('codeMapping.noNewNodes')}</p>
      )}
      {entries.length === 0 && stored && (
        <p className="banner warning">{t('codeMapping.emptyRemoves', { version: older.version })}</p>
      )}
      {unplaced.length > 0 || (error && byRow.size === 0) ? (
        <EditorError error={error} onReload={onReload} />
      ) : null}
      <p role="status" className={notice ? 'banner ok' : 'visually-hidden'}>
        {notice}
      </p>
      <button type="submit" className="primary" disabled={saving}>
        {saving ? t('codeMapping.saving') : t('codeMapping.save')}
      </button>
    </form>
  );
}
