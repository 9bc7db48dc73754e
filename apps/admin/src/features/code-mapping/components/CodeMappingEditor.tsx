import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { nodeOf } from '../../../graphql/graphql.ts';
import { useAction } from '../../../graphql/useAction.ts';
import type { EditableVersion } from '../../criteria/operations.ts';
import { type MappedVersion, type MappingEntry, SET_CODE_MAPPING, VERSION_NODES } from '../operations.ts';
import { CodeMappingForm } from './CodeMappingForm.tsx';

interface Props {
  version: EditableVersion;
  mapped: MappedVersion;
  onChanged: (version: EditableVersion) => void;
  onSaved: () => void;
  onReload: () => void;
}

/** Which published version to map from (the one the draft was copied from, by default), then its form. */
export function CodeMappingEditor({ version, mapped, onChanged, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const published = mapped.set?.versions?.edges.map(({ node }) => node) ?? [];
  const initial =
    published.find((candidate) => candidate.id === version.basedOn?.id) ??
    published.find((candidate) => candidate.id === mapped.codeMappings[0]?.fromVersionId) ??
    published.at(-1);
  const [fromId, setFromId] = useState(initial?.id ?? '');
  const [{ data, fetching }] = useQuery({
    query: VERSION_NODES,
    variables: { id: fromId },
    pause: !fromId,
  });
  const [, run] = useAction(SET_CODE_MAPPING, 'setCriteriaCodeMapping');
  if (published.length === 0) return <p className="muted">{t('codeMapping.noPublished')}</p>;

  const save = async (codes: MappingEntry[]) => {
    const outcome = await run({
      input: { id: version.id, revision: version.revision, fromVersionId: fromId, codes },
    });
    if (outcome.ok) {
      // Only the revision changes with a mapping; the page must send it with the next edit.
      onChanged({ ...version, revision: outcome.data.revision });
      onSaved();
    }
    return outcome;
  };
  const node = nodeOf(data?.node, 'CriteriaVersion');
  const older = node?.id === fromId ? node : null;
  return (
    <>
      <div className="row">
        <div className="form-field">
          <label htmlFor="code-mapping-from">{t('codeMapping.fromVersion')}</label>
          <select id="code-mapping-from" value={fromId} onChange={(event) => setFromId(event.target.value)}>
            {published.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.id === version.basedOn?.id
                  ? t('codeMapping.basedOnMark', { version: candidate.version })
                  : candidate.version}
              </option>
            ))}
          </select>
        </div>
      </div>
      {fetching && !older && <p>{t('common.loading')}</p>}
      {older && (
        <CodeMappingForm
          // Rows follow the draft's codes: a node added or removed in the editor re-derives them.
          key={`${older.id} ${mapped.nodes.map((node) => node.code).join(' ')}`}
          older={older}
          draft={mapped.nodes}
          stored={mapped.codeMappings.find((mapping) => mapping.fromVersionId === older.id)}
          onSave={save}
          onReload={onReload}
        />
      )}
    </>
  );
}
