import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../lib/locale.ts';
import { assessmentExportUrl } from '../operations.ts';

/** On an entry or review page: the assessment as a workbook, and (to fill in) its entries template. */
export function AssessmentWorkbookLinks({ assessmentId, fillIn }: { assessmentId: string; fillIn: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <p className="downloads">
      <a href={assessmentExportUrl(assessmentId, locale)} download>
        {t('workbooks.exportAssessment')}
      </a>
      {fillIn && (
        <>
          {' · '}
          <Link to={`/workbooks?${new URLSearchParams({ assessmentId })}`}>{t('workbooks.link')}</Link>
        </>
      )}
    </p>
  );
}
