import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import type { MappingEntry, MappingNode, PublishedVersion, StoredMapping } from '../operations.ts';

/** Where an old code goes: a node of this version (with its name), or no counterpart. */
function MappingTarget({ entry, draft }: { entry: MappingEntry; draft: readonly MappingNode[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (entry.to === null) return <em>{t('codeMapping.noCounterpart')}</em>;
  const node = draft.find((candidate) => candidate.code === entry.to);
  return (
    <>
      <code>{entry.to}</code>
      {node && <> — {node.name[locale]}</>}
    </>
  );
}

interface Props {
  mappings: readonly StoredMapping[];
  versions: readonly PublishedVersion[];
  /** This version's nodes, to name each target. */
  nodes: readonly MappingNode[];
}

/** The mappings a version keeps, read-only: from which older version, and each old code's counterpart. */
export function CodeMappingStored({ mappings, versions, nodes }: Props) {
  const { t } = useTranslation();
  if (mappings.length === 0) return <p className="muted">{t('codeMapping.noStored')}</p>;
  const label = (id: string) =>
    versions.find((version) => version.id === id)?.version ?? t('codeMapping.unknownVersion');
  return (
    <>
      {mappings.map((mapping) => (
        <table key={mapping.fromVersionId} className="table code-mapping-stored">
          <caption>{t('codeMapping.storedFrom', { version: label(mapping.fromVersionId) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('codeMapping.oldCode')}</th>
              <th scope="col">{t('codeMapping.counterpart')}</th>
            </tr>
          </thead>
          <tbody>
            {mapping.entries.map((entry) => (
              <tr key={entry.from}>
                <th scope="row">
                  <code>{entry.from}</code>
                </th>
                <td>
                  <MappingTarget entry={entry} draft={nodes} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
