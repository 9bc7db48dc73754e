import { CriteriaSet } from '@chiso/scoring';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import type { AppError } from '../../../graphql/errors.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { useLocale } from '../../../lib/locale.ts';
import { TextField } from '../../../ui/fields.tsx';
import { CREATE_DRAFT_FROM_VERSION } from '../operations.ts';
import { fieldErrors, needsBanner } from './draft.ts';
import { EditorError } from './EditorError.tsx';

/** The new version's label, as the criteria-set model requires it. */
const DraftLabel = z.object({ version: CriteriaSet.shape.version });

/** A new draft copied from a published version, under a label the person chooses. */
export function NewDraftForm({ version }: { version: { id: string; version: string } }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { control, handleSubmit, formState } = useForm({
    resolver: zodResolver(DraftLabel, { error: () => t('periods.required') }),
    defaultValues: { version: `${version.version}-rev1` },
  });
  const { field } = useController({ control, name: 'version' });
  const [error, setError] = useState<AppError | string | null>(null);
  const [busy, create] = useAction(CREATE_DRAFT_FROM_VERSION, 'createCriteriaDraftFromVersion');
  const submit = handleSubmit(async (values) => {
    const outcome = await create({ input: { versionId: version.id, version: values.version } });
    if (outcome.ok) navigate(`/criteria/versions/${encodeURIComponent(outcome.data.id)}`);
    else setError(outcome.error);
  });
  // A label the set already has is a CONFLICT here, and belongs next to the label, not a reload.
  const labelError =
    formState.errors.version?.message ??
    (error && typeof error !== 'string' && error.code === 'CONFLICT'
      ? (error.messages?.[locale] ?? error.message)
      : fieldErrors(error, locale).version);
  return (
    <form
      className="row new-draft"
      onSubmit={submit}
      aria-label={t('editor.newDraftFrom', { version: version.version })}
    >
      <TextField
        id={`new-draft-${version.id}`}
        label={t('editor.newDraftLabel', { version: version.version })}
        value={field.value}
        onChange={field.onChange}
        error={labelError}
      />
      <button type="submit" disabled={busy}>
        {t('editor.newDraft')}
      </button>
      {!labelError && needsBanner(error, locale) && <EditorError error={error} />}
    </form>
  );
}
