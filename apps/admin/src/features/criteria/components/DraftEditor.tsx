import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../graphql/errors.ts';
import { useLocale } from '../../../lib/locale.ts';
import type { EditableVersion } from '../operations.ts';
import { LivePreview } from './LivePreview.tsx';
import './criteria-editor.css';
import { issuesByNode, previewable, withPending } from './draft.ts';
import { EditorError } from './EditorError.tsx';
import { EditorTree } from './EditorTree.tsx';
import { PublishDialog } from './PublishDialog.tsx';
import { useDraftEditor } from './useDraftEditor.ts';

interface Props {
  version: EditableVersion;
  onChanged: (version: EditableVersion) => void;
  onReload: () => void;
}

/** A draft's tree to edit on the left, sample inputs scored live on the right, and publishing. */
export function DraftEditor({ version, onChanged, onReload }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [recompute, setRecompute] = useState(false);
  const actions = useDraftEditor(version, onChanged, recompute);
  const [pending, setPending] = useState<{ code: string; fields: Record<string, unknown> } | null>(null);
  const [notice, setNotice] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [error, setError] = useState<AppError | string | null>(null);
  const saved = useMemo(() => previewable(version.document), [version.document]);
  // The preview follows what is typed in the open form as soon as it reads as a criteria set.
  const preview = useMemo(
    () =>
      pending ? (previewable(withPending(version.document, pending.code, pending.fields)) ?? saved) : saved,
    [pending, version.document, saved],
  );
  const { byCode, ofSet } = useMemo(() => issuesByNode(version.validation), [version.validation]);
  const issueCount = version.validation?.length ?? 0;

  const publish = async () => {
    setPublishing(true);
    const outcome = await actions.publish();
    setPublishing(false);
    setConfirming(false);
    if (outcome.ok) {
      setError(null);
      setNotice(t('editor.published', { version: version.version }));
    } else setError(outcome.error);
  };

  if (!saved || !preview) return <p role="alert">{t('criteria.unparsable')}</p>;
  return (
    <div className="draft-editor">
      <div className="editor-bar">
        <p className="muted">{t('editor.draftHint')}</p>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={recompute}
            onChange={(event) => setRecompute(event.target.checked)}
          />
          {t('editor.recomputeMaxima')}
        </label>
        <button type="button" className="primary" onClick={() => setConfirming(true)}>
          {t('editor.publish')}
        </button>
      </div>
      <p role="status" className={notice ? 'banner ok' : 'visually-hidden'}>
        {notice}
      </p>
      <EditorError error={error} onReload={onReload} />
      {issueCount > 0 ? (
        <div className="banner warning" role="status">
          {t('editor.issuesSummary', { count: issueCount })}
          {ofSet.length > 0 && (
            <ul>
              {ofSet.map((issue) => (
                <li key={`${issue.field}-${issue.code}-${issue.messages.en}`}>
                  {issue.field && <code>{issue.field}</code>} {issue.messages[locale]}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <p className="muted">{t('editor.valid')}</p>
      )}
      <div className="editor-columns">
        <section className="editor-column" aria-labelledby="editor-tree-title">
          <h2 id="editor-tree-title">{t('editor.treeTitle')}</h2>
          <EditorTree
            set={saved}
            issues={byCode}
            actions={actions}
            onPending={(code, fields) => setPending(fields ? { code, fields } : null)}
            onNotice={setNotice}
            onError={setError}
            onReload={onReload}
          />
        </section>
        <section className="preview-column" aria-labelledby="editor-preview-title">
          <h2 id="editor-preview-title">{t('criteria.preview')}</h2>
          {pending && preview === saved && <p className="muted small">{t('editor.previewStale')}</p>}
          <LivePreview set={preview} />
        </section>
      </div>
      {confirming && (
        <PublishDialog
          version={version.version}
          issues={issueCount}
          busy={publishing}
          onConfirm={() => void publish()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
