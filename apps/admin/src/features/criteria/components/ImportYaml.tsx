import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type AppError, issueText } from '../../../graphql/errors.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { useLocale } from '../../../lib/locale.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { CREATE_DRAFT_FROM_YAML } from '../operations.ts';

/** A criteria file (YAML) becomes a new draft; what is wrong with it is listed by node path. */
export function ImportYaml() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const [error, setError] = useState<AppError | string | null>(null);
  const [busy, create] = useAction(CREATE_DRAFT_FROM_YAML, 'createCriteriaDraftFromYaml');
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const outcome = await create({ input: { yaml: await file.text() } });
    if (outcome.ok) navigate(`/criteria/versions/${encodeURIComponent(outcome.data.id)}`);
    else setError(outcome.error);
  };
  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('editor.importTitle')}</h2>
      <label className="form-field">
        {t('editor.importLabel')}
        <input
          type="file"
          accept=".yaml,.yml,application/yaml,text/yaml"
          disabled={busy}
          onChange={(event) => {
            void upload(event.target.files?.[0]);
            // The same file, fixed and chosen again, must be read again.
            event.target.value = '';
          }}
        />
      </label>
      <ErrorBanner error={error} />
      {error && typeof error !== 'string' && (error.issues?.length ?? 0) > 0 && (
        <ul className="field-error">
          {error.issues?.slice(0, 20).map((issue) => (
            <li key={`${issue.path}-${issue.code}-${issue.messages.en}`}>
              <code>{issue.path}</code>: {issueText(issue, locale)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
