import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLocale } from '../../../lib/locale.ts';
import { ASSESSMENT_FILTERS, type AssessmentStatus } from '../operations.ts';
import { type AssessmentList, PAGE_SIZE } from '../useAssessmentList.ts';

const STATUSES: AssessmentStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED'];

/** Search (diacritics optional), period, unit group and status, and the count they match. */
export function AssessmentFilters({ list }: { list: AssessmentList }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data }] = useQuery({ query: ASSESSMENT_FILTERS });
  const { filters, setFilter } = list;
  return (
    <search className="filters" aria-label={t('assessments.filters')}>
      <label>
        {t('assessments.search')}{' '}
        <input
          type="search"
          value={list.search}
          placeholder={t('assessments.searchHint')}
          onChange={(event) => list.setSearch(event.target.value)}
        />
      </label>
      <label>
        {t('assessments.period')}{' '}
        <select value={filters.periodId} onChange={(event) => setFilter('periodId', event.target.value)}>
          <option value="">{t('assessments.all')}</option>
          {(data?.periods.edges ?? []).map(({ node }) => (
            <option key={node.id} value={node.id}>
              {node.code}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('assessments.group')}{' '}
        <select
          value={filters.unitGroupId}
          onChange={(event) => setFilter('unitGroupId', event.target.value)}
        >
          <option value="">{t('assessments.all')}</option>
          {(data?.unitGroups ?? []).map((group) => (
            <option key={group.id} value={group.id}>
              {locale === 'en' ? group.nameEn : group.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('assessments.status')}{' '}
        <select
          value={filters.status}
          onChange={(event) => setFilter('status', event.target.value as AssessmentStatus | '')}
        >
          <option value="">{t('assessments.all')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
    </search>
  );
}

/** Where the page sits in the matching list, and the way to the next and previous pages. */
export function AssessmentPager({ list }: { list: AssessmentList }) {
  const { t } = useTranslation();
  const from = (list.pageNumber - 1) * PAGE_SIZE + (list.rows.length > 0 ? 1 : 0);
  const to = (list.pageNumber - 1) * PAGE_SIZE + list.rows.length;
  return (
    <nav className="pager actions-inline" aria-label={t('assessments.pages')}>
      <span role="status">
        {t('assessments.range', {
          from: from.toLocaleString('vi-VN'),
          to: to.toLocaleString('vi-VN'),
          total: list.total.toLocaleString('vi-VN'),
        })}
      </span>
      <button type="button" disabled={!list.hasPrevious || list.fetching} onClick={list.previous}>
        {t('assessments.previousPage')}
      </button>
      <button type="button" disabled={!list.hasNext || list.fetching} onClick={list.next}>
        {t('assessments.nextPage')}
      </button>
    </nav>
  );
}
