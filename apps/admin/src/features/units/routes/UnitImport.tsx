import { formatDate } from '@chiso/scoring';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { z } from 'zod';
import type { AppError } from '../../../graphql/errors.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { useJob } from '../../../graphql/useJob.ts';
import { useLocale } from '../../../lib/locale.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { ImportReport } from '../components/ImportReport.tsx';
import { AdminOnly, UnitAdminNav } from '../components/UnitAdminNav.tsx';
import {
  IMPORT_UNIT_CATALOGUE,
  PREVIEW_UNIT_IMPORT,
  UNIT_IMPORT_JOB,
  UNIT_SOURCES,
  type UnitImportReport,
} from '../operations.ts';

const values = (required: string, province: string) =>
  z
    .object({
      mode: z.enum(['bundled', 'upload']),
      sourceId: z.string(),
      provinceCode: z.string().regex(/^\d{2}$/, province),
      document: z.string().trim().max(100),
    })
    .refine((v) => v.mode === 'upload' || v.sourceId !== '', { path: ['sourceId'], message: required });
type Values = z.output<ReturnType<typeof values>>;

/** An uploaded file as read in the browser: what it is and which provinces it holds. */
interface Upload {
  name: string;
  json: { data: Array<{ level1_id: string; name: string }> } & Record<string, unknown>;
}

/** Only the chosen province goes to the server: the full files are larger than a request may be. */
const provincePart = (upload: Upload, code: string) =>
  JSON.stringify({ ...upload.json, data: upload.json.data.filter((p) => p.level1_id === code) });

/** Loads a catalogue (bundled or uploaded): a preview of what changes first, then the import. */
export default function UnitImport() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('unitAdmin.import.title')}</h1>
      <UnitAdminNav />
      <AdminOnly>
        <ImportForm />
      </AdminOnly>
    </div>
  );
}

function ImportForm() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data }] = useQuery({ query: UNIT_SOURCES });
  const sources = data?.unitSources ?? [];
  const schema = useMemo(() => values(t('unitAdmin.required'), t('unitAdmin.import.provinceRequired')), [t]);
  const { register, handleSubmit, control, setValue, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { mode: 'bundled' as const, sourceId: '', provinceCode: '', document: '' },
  });
  const [mode, sourceId] = useWatch({ control, name: ['mode', 'sourceId'] });
  const [upload, setUpload] = useState<Upload | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ values: Values; report: UnitImportReport } | null>(null);
  const [applied, setApplied] = useState<UnitImportReport | null>(null);
  const [banner, setBanner] = useState<AppError | string | null>(null);
  const [previewing, runPreview] = useAction(PREVIEW_UNIT_IMPORT, 'previewUnitImport');
  const [importing, runImport] = useAction(IMPORT_UNIT_CATALOGUE, 'importUnitCatalogue');
  // An import outlasting the mutation's wait goes on as a job: followed until it answers.
  const importJob = useJob(UNIT_IMPORT_JOB, (job) => job.unitImport);

  const source = sources.find((candidate) => candidate.id === sourceId);
  const provinces =
    mode === 'bundled'
      ? (source?.provinces ?? [])
      : (upload?.json.data.map((p) => ({ code: p.level1_id, name: p.name })) ?? []);

  const inputOf = (v: Values) => ({
    provinceCode: v.provinceCode,
    document: v.document || null,
    ...(v.mode === 'bundled'
      ? { sourceId: v.sourceId }
      : { content: upload ? provincePart(upload, v.provinceCode) : null }),
  });

  const onPreview = async (v: Values) => {
    if (v.mode === 'upload' && !upload) {
      setFileError(t('unitAdmin.import.fileRequired'));
      return;
    }
    setApplied(null);
    const outcome = await runPreview({ input: inputOf(v) });
    setBanner(outcome.ok ? null : outcome.error);
    setPreview(outcome.ok ? { values: v, report: outcome.data } : null);
  };

  const onApply = async () => {
    if (!preview) return;
    const outcome = await importJob.follow(await runImport({ input: inputOf(preview.values) }));
    setBanner(outcome.ok ? null : outcome.error);
    if (outcome.ok) {
      setApplied(outcome.data);
      setPreview(null);
    }
  };

  const readFile = async (file: File | undefined) => {
    setUpload(null);
    setFileError(null);
    setPreview(null);
    if (!file) return;
    try {
      const json = JSON.parse(await file.text());
      if (!Array.isArray(json?.data)) throw new Error('no data');
      setUpload({ name: file.name, json });
      const [first] = json.data;
      if (json.data.length === 1 && first?.level1_id) setValue('provinceCode', first.level1_id);
    } catch {
      setFileError(t('unitAdmin.import.fileUnreadable'));
    }
  };

  const error = (name: keyof Values) => formState.errors[name]?.message;
  return (
    <>
      <form
        className="panel"
        aria-label={t('unitAdmin.import.form')}
        onSubmit={handleSubmit(onPreview)}
        onChange={() => setPreview(null)}
        noValidate
      >
        <fieldset>
          <legend>{t('unitAdmin.import.from')}</legend>
          <label>
            <input type="radio" value="bundled" {...register('mode')} /> {t('unitAdmin.import.bundled')}
          </label>{' '}
          <label>
            <input type="radio" value="upload" {...register('mode')} /> {t('unitAdmin.import.upload')}
          </label>
        </fieldset>
        {mode === 'bundled' ? (
          <div className="form-field">
            <label htmlFor="import-source">{t('unitAdmin.import.source')}</label>
            <select
              id="import-source"
              {...register('sourceId')}
              aria-invalid={error('sourceId') ? true : undefined}
            >
              <option value="">—</option>
              {sources.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {locale === 'en' ? candidate.nameEn : candidate.name} ({formatDate(candidate.date, locale)})
                </option>
              ))}
            </select>
            {error('sourceId') && <span className="field-error">{error('sourceId')}</span>}
          </div>
        ) : (
          <div className="form-field">
            <label htmlFor="import-file">{t('unitAdmin.import.file')}</label>
            <input
              id="import-file"
              type="file"
              accept=".json,application/json"
              onChange={(event) => void readFile(event.target.files?.[0])}
            />
            <p className="muted small">{t('unitAdmin.import.fileHelp')}</p>
            {fileError && (
              <span className="field-error" role="alert">
                {fileError}
              </span>
            )}
          </div>
        )}
        <div className="form-field">
          <label htmlFor="import-province">{t('unitAdmin.import.province')}</label>
          <select
            id="import-province"
            {...register('provinceCode')}
            aria-invalid={error('provinceCode') ? true : undefined}
          >
            <option value="">—</option>
            {provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {province.code} · {province.name}
              </option>
            ))}
          </select>
          {error('provinceCode') && <span className="field-error">{error('provinceCode')}</span>}
        </div>
        <div className="form-field">
          <label htmlFor="import-document">{t('unitAdmin.document')}</label>
          <input id="import-document" placeholder="1679/NQ-UBTVQH15" {...register('document')} />
        </div>
        <div className="actions-inline">
          <button type="submit" disabled={previewing}>
            {t('unitAdmin.import.preview')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={!preview || importing || importJob.waiting}
            onClick={onApply}
          >
            {t('unitAdmin.import.apply')}
          </button>
        </div>
      </form>
      {importJob.waiting && (
        <p className="banner" role="status">
          {t('common.backgroundJob')}
        </p>
      )}
      <ErrorBanner error={banner} />
      {preview && <ImportReport report={preview.report} title={t('unitAdmin.import.previewTitle')} />}
      {applied && (
        <>
          <p role="status" className="banner">
            {t('unitAdmin.import.done')}
          </p>
          <ImportReport report={applied} title={t('unitAdmin.import.appliedTitle')} />
        </>
      )}
    </>
  );
}
