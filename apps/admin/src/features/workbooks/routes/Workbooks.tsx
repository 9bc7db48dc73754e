import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useLocale } from '../../../lib/locale.ts';
import { WorkbookReport } from '../components/ImportReport.tsx';
import {
  type EntriesImport,
  type Layout,
  type TemplateScope,
  templateUrl,
  type UploadFailure,
  uploadWorkbook,
  WORKBOOK_SCOPES,
} from '../operations.ts';

/**
 * Excel in bulk: download the entries template (a period's unit group on one version, or one
 * assessment from its entry page), fill it in, upload it for a dry run, then apply it.
 */
export default function Workbooks() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const assessmentId = params.get('assessmentId');
  const [{ data }] = useQuery({ query: WORKBOOK_SCOPES, pause: assessmentId !== null });
  const [choice, setChoice] = useState('');
  const [layout, setLayout] = useState<Layout>('units');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<EntriesImport | null>(null);
  const [failure, setFailure] = useState<UploadFailure | null>(null);
  const [busy, setBusy] = useState(false);

  // An officer is offered their own units' groups in open periods; the server keeps to their units anyway.
  const officer = data?.me?.role === 'UNIT_OFFICER';
  const ownGroups = new Set((data?.me?.units ?? []).map((unit) => unit.group?.id));
  const options = (data?.periods.edges ?? []).flatMap((edge) =>
    (edge?.node?.assignments ?? [])
      .filter(({ unitGroup }) => !officer || (edge?.node?.status === 'OPEN' && ownGroups.has(unitGroup.id)))
      .map(({ unitGroup, version }) => ({
        key: `${edge?.node?.id}|${unitGroup.id}|${version.id}`,
        label: `${edge?.node?.name} — ${locale === 'vi' ? unitGroup.name : unitGroup.nameEn} — ${version.set.name[locale]} ${version.version}`,
      })),
  );
  const [periodId = '', unitGroupId = '', versionId = ''] = (choice || options[0]?.key || '').split('|');
  const scope: TemplateScope | null = assessmentId
    ? { assessmentId }
    : periodId
      ? { periodId, unitGroupId, versionId }
      : null;

  const send = async (apply: boolean) => {
    if (!file) return;
    setBusy(true);
    const outcome = await uploadWorkbook(file, apply, locale);
    setBusy(false);
    if ('error' in outcome) {
      setFailure(outcome.error);
      setReport(null);
    } else {
      setFailure(null);
      setReport(outcome.report);
    }
  };
  const ready = report && !report.applied && report.problems.length === 0;
  const changes = report?.units.some((unit) => unit.changes.length > 0) ?? false;

  return (
    <div className="page">
      <h1>{t('workbooks.title')}</h1>
      <p className="muted">{t('workbooks.help')}</p>
      <section aria-labelledby="workbook-template">
        <h2 id="workbook-template">{t('workbooks.template')}</h2>
        {!assessmentId && (
          <p>
            <label htmlFor="workbook-scope">{t('workbooks.scope')}</label>{' '}
            <select
              id="workbook-scope"
              value={choice || options[0]?.key || ''}
              onChange={(event) => setChoice(event.target.value)}
            >
              {options.map((option) => (
                <option key={option.key} value={option.key}>
                  {option.label}
                </option>
              ))}
            </select>
          </p>
        )}
        <fieldset>
          <legend>{t('workbooks.layout')}</legend>
          {(['units', 'matrix'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="layout"
                checked={layout === value}
                onChange={() => setLayout(value)}
              />{' '}
              {t(`workbooks.layouts.${value}`)}
            </label>
          ))}
        </fieldset>
        {scope && (
          <a className="button" href={templateUrl(scope, layout, locale)} download>
            {t('workbooks.download')}
          </a>
        )}
      </section>
      <section aria-labelledby="workbook-upload">
        <h2 id="workbook-upload">{t('workbooks.upload')}</h2>
        <p>
          <label htmlFor="workbook-file">{t('workbooks.file')}</label>{' '}
          <input
            id="workbook-file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setReport(null);
              setFailure(null);
            }}
          />{' '}
          <button type="button" disabled={!file || busy} onClick={() => void send(false)}>
            {t('workbooks.check')}
          </button>
        </p>
        {busy && <p>{t('common.loading')}</p>}
        {failure && (
          <div className="banner error" role="alert">
            {failure.code === 'NETWORK'
              ? t('common.networkError')
              : (failure.messages?.[locale] ?? failure.message)}
          </div>
        )}
        {report && <WorkbookReport report={report} />}
        {ready && changes && (
          <button type="button" className="primary" disabled={busy} onClick={() => void send(true)}>
            {t('workbooks.apply')}
          </button>
        )}
      </section>
    </div>
  );
}
