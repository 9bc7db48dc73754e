import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { nodeOf } from '../../../graphql/graphql.ts';
import { VERSION_YAML } from '../operations.ts';

/** Downloads a version as a criteria file, exactly as the server writes it. */
export function ExportYamlButton({ version }: { version: { id: string; version: string } }) {
  const { t } = useTranslation();
  const client = useClient();
  const [failed, setFailed] = useState(false);
  const download = async () => {
    const answer = await client
      .query(VERSION_YAML, { id: version.id }, { requestPolicy: 'network-only' })
      .toPromise();
    const node = nodeOf(answer.data?.node, 'CriteriaVersion');
    setFailed(!node);
    if (!node) return;
    const url = URL.createObjectURL(new Blob([node.yaml], { type: 'application/yaml' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${node.set.code}-${node.version}.yaml`;
    link.click();
    // The download has started by the next tick; the object URL can go then.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <>
      <button type="button" onClick={() => void download()}>
        {t('editor.exportYaml', { version: version.version })}
      </button>
      {failed && <span role="alert">{t('common.networkError')}</span>}
    </>
  );
}
