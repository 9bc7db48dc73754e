import { CriteriaSet, validateCriteriaSet } from '@chiso/scoring';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import { CriteriaTree } from '../../assessments/components/CriteriaTree.tsx';
import { LivePreview } from '../components/LivePreview.tsx';
import type { EditableVersion } from '../operations.ts';

/** A version that cannot be edited here: its tree, its validation, and the live preview. */
export function ReadOnlyVersion({ version }: { version: EditableVersion }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [tab, setTab] = useState<'tree' | 'preview'>('tree');
  // The browser parses the document with the same model as the server (the set is scored as it stands).
  const parsed = useMemo(() => validateCriteriaSet(version.document), [version.document]);
  // A draft whose sums are still off is previewed as it stands; the server's validation lists the rest.
  const shaped = useMemo(
    () => (parsed.ok ? null : CriteriaSet.safeParse(version.document)),
    [parsed, version.document],
  );
  const set: CriteriaSet | null = parsed.ok ? parsed.set : shaped?.success ? shaped.data : null;
  return (
    <>
      {version.validation && version.validation.length > 0 && (
        <div className="banner warning" role="status">
          <strong>{t('criteria.validationTitle')}</strong>
          <ul>
            {version.validation.map((issue) => (
              <li key={`${issue.path}-${issue.field}-${issue.code}-${issue.messages.en}`}>
                <code>{issue.path}</code>
                {issue.field && <> › {issue.field}</>}: {issue.messages[locale]}
              </li>
            ))}
          </ul>
        </div>
      )}
      {!set && !parsed.ok && (
        <div className="banner error" role="alert">
          {t('criteria.unparsable')}
          <ul>
            {parsed.issues.slice(0, 20).map((issue) => (
              <li key={`${issue.path}-${issue.field}-${issue.code}-${issue.messages.en}`}>
                <code>{issue.path}</code> {issue.field}: {issue.messages[locale]}
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
    </>
  );
}
