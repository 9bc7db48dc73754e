import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../graphql/errors.ts';
import { issueText } from '../../../graphql/errors.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { useLocale } from '../../../lib/locale.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { IMPORT_OFFICERS, type ImportedAccount } from '../operations.ts';

/** The file as base64, as the API takes it (a province's sheet is a few dozen kilobytes). */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // A data URL is "data:<type>;base64,<content>".
    reader.onload = () => resolve(String(reader.result).replace(/^[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** A CSV of the new accounts and their temporary passwords, for the admin to hand out. */
function passwordsCsv(accounts: readonly ImportedAccount[]): string {
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const lines = accounts.map((account) =>
    [account.email, account.name, account.unitNames.join('; '), account.temporaryPassword ?? '']
      .map(quote)
      .join(','),
  );
  return `\uFEFF"email","name","units","temporaryPassword"\n${lines.join('\n')}\n`;
}

/**
 * Unit officers from a sheet: checked first (a dry run that shows what would be created, or every
 * row's problem), then created all at once; the temporary passwords are shown this once.
 */
export function ImportOfficers({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [busy, importOfficers] = useAction(IMPORT_OFFICERS, 'importUnitOfficers');
  const [content, setContent] = useState<string | null>(null);
  const [preview, setPreview] = useState<readonly ImportedAccount[] | null>(null);
  const [created, setCreated] = useState<readonly ImportedAccount[] | null>(null);
  const [error, setError] = useState<AppError | string | null>(null);
  const run = async (dryRun: boolean) => {
    if (!content) return;
    const outcome = await importOfficers({ input: { content, dryRun } });
    if (!outcome.ok) {
      setError(outcome.error);
      setPreview(null);
      return;
    }
    setError(null);
    if (dryRun) setPreview(outcome.data.accounts);
    else {
      setPreview(null);
      setCreated(outcome.data.accounts);
      onCreated();
    }
  };
  const shown = created ?? preview;
  return (
    <section className="import-officers" aria-labelledby="import-officers-title">
      <h2 id="import-officers-title">{t('users.importTitle')}</h2>
      <p className="muted">{t('users.importHelp')}</p>
      <div className="row">
        <label htmlFor="import-officers-file">{t('users.importFile')}</label>{' '}
        <input
          id="import-officers-file"
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            setPreview(null);
            setCreated(null);
            setError(null);
            setContent(file ? await base64Of(file) : null);
          }}
        />{' '}
        <button type="button" disabled={!content || busy} onClick={() => void run(true)}>
          {t('users.importCheck')}
        </button>
      </div>
      <ErrorBanner error={error} />
      {error && typeof error !== 'string' && error.issues.length > 0 && (
        <ul className="issues">
          {error.issues.map((issue) => (
            <li key={issue.path}>{issueText(issue, locale)}</li>
          ))}
        </ul>
      )}
      {shown && (
        <>
          <p role="status">
            {created
              ? t('users.importDone', { count: created.length })
              : t('users.importPreview', { count: shown.length })}
          </p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('users.importRows')}</th>
                <th scope="col">{t('users.email')}</th>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.units')}</th>
                {created && <th scope="col">{t('users.importPassword')}</th>}
              </tr>
            </thead>
            <tbody>
              {shown.map((account) => (
                <tr key={account.email}>
                  <td>{account.rows.join(', ')}</td>
                  <td>{account.email}</td>
                  <td>{account.name}</td>
                  <td>{account.unitNames.join('; ')}</td>
                  {created && (
                    <td>
                      <code>{account.temporaryPassword}</code>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {created ? (
            <a
              href={`data:text/csv;charset=utf-8,${encodeURIComponent(passwordsCsv(created))}`}
              download="tai-khoan-can-bo.csv"
            >
              {t('users.importDownload')}
            </a>
          ) : (
            <button type="button" className="primary" disabled={busy} onClick={() => void run(false)}>
              {t('users.importCreate', { count: shown.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
