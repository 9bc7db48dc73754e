import { useState } from 'react';
import { type UseFormRegisterReturn, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLocale } from '../../../lib/locale.ts';
import { RequestFailed } from '../../../ui/RequestFailed.tsx';
import { fieldLabel, fieldValue } from '../diff-values.ts';
import { type DiffChange, VERSION_DIFF } from '../operations.ts';

interface Props {
  setCode: string;
  versions: ReadonlyArray<{ id: string; version: string }>;
}

/** What changed between two versions of one set: nodes added, removed, and changed (which fields). */
export function VersionDiffPanel({ setCode, versions }: Props) {
  const { t } = useTranslation();
  const { register, handleSubmit } = useForm({
    defaultValues: { from: versions.at(-2)?.id ?? '', to: versions.at(-1)?.id ?? '' },
  });
  const [asked, setAsked] = useState<{ from: string; to: string } | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: VERSION_DIFF,
    variables: asked ?? { from: '', to: '' },
    pause: !asked,
  });
  if (versions.length < 2) return null;
  const id = `diff-${setCode}`;
  const submit = handleSubmit((pair) => setAsked(pair));
  const diff = asked ? data?.criteriaVersionDiff : null;
  const label = (versionId: string) => versions.find((version) => version.id === versionId)?.version ?? '';
  return (
    <section className="version-diff" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('editor.diffTitle')}</h3>
      <form className="row" onSubmit={submit}>
        <VersionSelect
          id={`${id}-from`}
          label={t('editor.diffFrom')}
          versions={versions}
          field={register('from')}
        />
        <VersionSelect
          id={`${id}-to`}
          label={t('editor.diffTo')}
          versions={versions}
          field={register('to')}
        />
        <button type="submit">{t('editor.diffShow')}</button>
      </form>
      {fetching && <p>{t('common.loading')}</p>}
      <RequestFailed error={error} />
      {diff && asked && (
        <div aria-live="polite">
          <p>
            {t('editor.diffSummary', {
              from: label(asked.from),
              to: label(asked.to),
              added: diff.added.length,
              removed: diff.removed.length,
              changed: diff.changed.length,
            })}
          </p>
          {diff.added.length + diff.removed.length + diff.changed.length === 0 && (
            <p>{t('editor.diffNone')}</p>
          )}
          <ChangeList title={t('editor.diffAdded')} changes={diff.added} className="diff-added" />
          <ChangeList title={t('editor.diffRemoved')} changes={diff.removed} className="diff-removed" />
          <ChangeList title={t('editor.diffChanged')} changes={diff.changed} className="diff-changed" />
        </div>
      )}
    </section>
  );
}

function VersionSelect({
  id,
  label,
  versions,
  field,
}: Pick<Props, 'versions'> & { id: string; label: string; field: UseFormRegisterReturn }) {
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...field}>
        {versions.map((version) => (
          <option key={version.id} value={version.id}>
            {version.version}
          </option>
        ))}
      </select>
    </div>
  );
}

function ChangeList({
  title,
  changes,
  className,
}: {
  title: string;
  changes: DiffChange[];
  className: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (changes.length === 0) return null;
  return (
    <>
      <h4>
        {title} ({changes.length})
      </h4>
      <ul className={`diff-list ${className}`}>
        {changes.map((change) => (
          <li key={change.code}>
            <span className="muted small">
              {t(`editor.kinds.${change.kind.toLowerCase() as Lowercase<typeof change.kind>}`)}
            </span>{' '}
            <code>{change.code}</code> {change.name[locale]}
            {change.fields.length > 0 && (
              <>
                {' — '}
                {change.fields
                  .map((field) => t(`editor.fieldNames.${field}`, { defaultValue: field }))
                  .join(', ')}
              </>
            )}
            {change.values.length > 0 && (
              <ul className="diff-values" aria-label={t('editor.diffValuesOf', { code: change.code })}>
                {change.values.map((value) => (
                  <li key={value.field}>
                    {fieldLabel(value.field, t)}:{' '}
                    <del>{fieldValue(value.field, value.before, t, locale)}</del>
                    {' → '}
                    <ins>{fieldValue(value.field, value.after, t, locale)}</ins>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
