import { formatDate, formatPoints } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { StatusBadge } from '../../../ui/Status.tsx';
import { useSession } from '../../auth/session.tsx';
import { CriterionEfforts } from '../components/CriterionEfforts.tsx';
import { ExportYamlButton } from '../components/ExportYamlButton.tsx';
import { ImportYaml } from '../components/ImportYaml.tsx';
import { NewDraftForm } from '../components/NewDraftForm.tsx';
import { VersionDiffPanel } from '../components/VersionDiffPanel.tsx';
import '../components/criteria-editor.css';
import type { Texts } from '../../../i18n/index.ts';
import { hundredths, useLocale } from '../../../lib/locale.ts';
import { RequestFailed } from '../../../ui/RequestFailed.tsx';
import { CRITERIA_SETS } from '../operations.ts';

/** Every set with its version history; admins copy, import, export and compare versions. */
export default function CriteriaSets() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { me } = useSession();
  const isAdmin = me?.role === 'ADMIN';
  const [{ data, fetching, error }] = useQuery({
    query: CRITERIA_SETS,
  });
  return (
    <div className="page">
      <h1>{t('criteria.title')}</h1>
      {fetching && !data && <p>{t('common.loading')}</p>}
      <RequestFailed error={error} />
      {isAdmin && <ImportYaml />}
      {data?.criteriaSets.edges.map(({ node: set }) => (
        <section key={set.id} className="card">
          <h2>{set.name[locale]}</h2>
          <p className="muted">
            <code>{set.code}</code> · {t(`unitLevel.${set.unitLevel as keyof Texts['unitLevel']}`)}
            {set.supplements && <> · {t('criteria.supplements', { code: set.supplements })}</>}
          </p>
          <table className="table">
            <caption className="visually-hidden">{t('criteria.versions')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('criteria.version')}</th>
                <th scope="col">{t('criteria.status')}</th>
                <th scope="col">{t('criteria.publishedAt')}</th>
                <th scope="col" className="num">
                  {t('criteria.criteriaCount')}
                </th>
                <th scope="col" className="num">
                  {t('criteria.maxPoints')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('criteria.open')}</span>
                </th>
                <th scope="col">{t('editor.versionActions')}</th>
              </tr>
            </thead>
            <tbody>
              {set.versions?.edges.map(({ node: version }) => (
                <tr key={version.id}>
                  <td>{version.version}</td>
                  <td>
                    <StatusBadge status={version.status} />
                    {version.valid === false && (
                      <span className="status status-invalid">{t('criteria.invalid')}</span>
                    )}
                  </td>
                  <td>{version.publishedAt ? formatDate(version.publishedAt, locale) : '—'}</td>
                  <td className="num">{version.criteriaCount}</td>
                  <td className="num">{formatPoints(hundredths(version.maxPoints), locale)}</td>
                  <td>
                    <Link to={`/criteria/versions/${encodeURIComponent(version.id)}`}>
                      {t(
                        version.status === 'DRAFT' && isAdmin ? 'editor.editVersion' : 'criteria.openVersion',
                        {
                          version: version.version,
                        },
                      )}
                    </Link>
                  </td>
                  <td>
                    <div className="version-actions">
                      <ExportYamlButton version={version} />
                      {isAdmin && version.status === 'PUBLISHED' && (
                        <details>
                          <summary>{t('editor.newDraft')}</summary>
                          <NewDraftForm version={version} />
                        </details>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <VersionDiffPanel setCode={set.code} versions={set.versions?.edges.map(({ node }) => node) ?? []} />
          {isAdmin && <CriterionEfforts setId={set.id} />}
        </section>
      ))}
    </div>
  );
}
