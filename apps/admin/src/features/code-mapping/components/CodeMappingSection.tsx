import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { nodeOf } from '../../../graphql/graphql.ts';
import { RequestFailed } from '../../../ui/RequestFailed.tsx';
import type { EditableVersion } from '../../criteria/operations.ts';
import { MAPPED_VERSION } from '../operations.ts';
import { CodeMappingEditor } from './CodeMappingEditor.tsx';
import { CodeMappingStored } from './CodeMappingStored.tsx';

interface Props {
  version: EditableVersion;
  /** An admin on a draft: the mapping can be changed; otherwise it is only shown. */
  editable: boolean;
  onChanged: (version: EditableVersion) => void;
  onReload: () => void;
}

/** "Đối chiếu mã": how older versions' codes correspond to this one's, for comparing periods across them. */
export function CodeMappingSection({ version, editable, onChanged, onReload }: Props) {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({
    query: MAPPED_VERSION,
    variables: { id: version.id },
  });
  const node = nodeOf(data?.node, 'CriteriaVersion');
  const mapped = node?.id === version.id ? node : null;
  return (
    <section className="card code-mapping" aria-labelledby="code-mapping-title">
      <h2 id="code-mapping-title">{t('codeMapping.title')}</h2>
      <p className="muted">{t('codeMapping.intro')}</p>
      {!mapped && <RequestFailed error={error} />}
      {!mapped && !error && <p>{t('common.loading')}</p>}
      {mapped && (
        <>
          <h3>{t('codeMapping.storedTitle')}</h3>
          <CodeMappingStored
            mappings={mapped.codeMappings}
            versions={mapped.set?.versions?.edges.map(({ node }) => node) ?? []}
            nodes={mapped.nodes}
          />
          {editable && (
            <>
              <h3>{t('codeMapping.editTitle')}</h3>
              <CodeMappingEditor
                version={version}
                mapped={mapped}
                onChanged={onChanged}
                onSaved={() => refetch({ requestPolicy: 'network-only' })}
                onReload={onReload}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
