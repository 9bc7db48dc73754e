import { formatDate, formatPoints } from '@chiso/scoring';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { nodeOf } from '../../../graphql/graphql.ts';
import { hundredths, useLocale } from '../../../lib/locale.ts';
import { StatusBadge } from '../../../ui/Status.tsx';
import { useSession } from '../../auth/session.tsx';
import { CodeMappingSection } from '../../code-mapping/components/CodeMappingSection.tsx';
import { DraftEditor } from '../components/DraftEditor.tsx';
import { NewDraftForm } from '../components/NewDraftForm.tsx';
import { EDITABLE_VERSION, type EditableVersion } from '../operations.ts';
import { ReadOnlyVersion } from './ReadOnlyVersion.tsx';

/** One version: admins edit a draft; a published version (and every version for reviewers) is read-only. */
export default function CriteriaVersionPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { me } = useSession();
  const { id = '' } = useParams();
  const [{ data, fetching }, reexecute] = useQuery({
    query: EDITABLE_VERSION,
    variables: { id },
  });
  // What the last edit answered, until the query has caught up with it.
  const [edited, setEdited] = useState<EditableVersion | null>(null);
  const fetched = nodeOf(data?.node, 'CriteriaVersion');
  const version =
    edited && edited.id === id && (!fetched || edited.revision >= fetched.revision) ? edited : fetched;
  if (fetching && !version) return <p>{t('common.loading')}</p>;
  if (!version) return <p role="alert">{t('common.notFound')}</p>;
  const editable = version.status === 'DRAFT' && me?.role === 'ADMIN';
  const reload = () => {
    setEdited(null);
    reexecute({ requestPolicy: 'network-only' });
  };
  return (
    <div className="page">
      <p>
        <Link to="/criteria">← {t('criteria.title')}</Link>
      </p>
      <h1>
        {version.set?.name[locale]} — {version.version} <StatusBadge status={version.status} />
      </h1>
      <p className="muted">
        {t('criteria.summary', {
          count: version.criteriaCount ?? 0,
          points: formatPoints(hundredths(version.maxPoints), locale),
        })}
        {version.basedOn && <> · {t('editor.basedOn', { version: version.basedOn.version })}</>}
      </p>
      {version.status === 'PUBLISHED' && (
        <div className="banner ok" role="note">
          {t('editor.publishedNote', {
            date: version.publishedAt ? formatDate(version.publishedAt, locale) : '—',
          })}
          {me?.role === 'ADMIN' && <NewDraftForm version={version} />}
        </div>
      )}
      {version.status === 'DRAFT' && !editable && (
        <p className="banner warning" role="note">
          {t('editor.adminsOnly')}
        </p>
      )}
      {editable ? (
        <DraftEditor key={version.id} version={version} onChanged={setEdited} onReload={reload} />
      ) : (
        <ReadOnlyVersion version={version} />
      )}
      <CodeMappingSection
        key={`code-mapping-${version.id}`}
        version={version}
        editable={editable}
        onChanged={setEdited}
        onReload={reload}
      />
    </div>
  );
}
