import { CriteriaSet, formatPoints, validateCriteriaSet } from '@chiso/scoring';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { CriteriaTree } from '../../components/CriteriaTree.tsx';
import { LivePreview } from '../../components/LivePreview.tsx';
import { StatusBadge } from '../../components/Status.tsx';
import { CRITERIA_VERSION } from '../../graphql/operations.ts';
import type { Text } from '../../graphql/types.ts';
import { hundredths, useLocale } from '../../lib/locale.ts';

interface VersionDetail {
  id: string;
  version: string;
  status: string;
  maxPoints: number | null;
  criteriaCount: number | null;
  valid: boolean | null;
  document: unknown;
  validation: Array<{ path: string; field: string | null; message: string }> | null;
  set: { code: string; name: Text } | null;
}

export default function CriteriaVersionPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const [tab, setTab] = useState<'tree' | 'preview'>('tree');
  const [{ data, fetching }] = useQuery<{ node: VersionDetail | null }>({
    query: CRITERIA_VERSION,
    variables: { id },
  });
  const version = data?.node;
  // The browser parses the document with the same model as the server (the set is scored as it stands).
  const parsed = useMemo(() => (version ? validateCriteriaSet(version.document) : null), [version]);
  // A draft whose sums are still off is previewed as it stands; the server's validation lists the rest.
  const shaped = useMemo(
    () => (parsed && !parsed.ok && version ? CriteriaSet.safeParse(version.document) : null),
    [parsed, version],
  );
  if (fetching && !data) return <p>{t('common.loading')}</p>;
  if (!version) return <p role="alert">{t('common.notFound')}</p>;
  const set: CriteriaSet | null = parsed?.ok ? parsed.set : shaped?.success ? shaped.data : null;
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
      </p>
      {version.validation && version.validation.length > 0 && (
        <div className="banner warning" role="status">
          <strong>{t('criteria.validationTitle')}</strong>
          <ul>
            {version.validation.map((issue) => (
              <li key={`${issue.path}-${issue.field}-${issue.message}`}>
                <code>{issue.path}</code>
                {issue.field && <> › {issue.field}</>}: {issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {!set && parsed && !parsed.ok && (
        <div className="banner error" role="alert">
          {t('criteria.unparsable')}
          <ul>
            {parsed.issues.slice(0, 20).map((issue) => (
              <li key={`${issue.path}-${issue.field}-${issue.message}`}>
                <code>{issue.path}</code> {issue.field}: {issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {set && (
        <>
          <div role="tablist" aria-label={t('criteria.views')} className="tabs">
            <button type="button" role="tab" aria-selected={tab === 'tree'} onClick={() => setTab('tree')}>
              {t('criteria.tree')}
            </button>
            <button
              type="button"
              role="tab"
              aria-selected={tab === 'preview'}
              onClick={() => setTab('preview')}
            >
              {t('criteria.preview')}
            </button>
          </div>
          <div role="tabpanel">{tab === 'tree' ? <CriteriaTree set={set} /> : <LivePreview set={set} />}</div>
        </>
      )}
    </div>
  );
}
