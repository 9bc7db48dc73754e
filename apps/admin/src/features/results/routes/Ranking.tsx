import { matchesSearch, searchName } from '@chiso/scoring';
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { publishedPeriods, setsOf } from '../../../lib/cohort.ts';
import { useLocale } from '../../../lib/locale.ts';
import { PrintButton, PrintHeader } from '../../../ui/Print.tsx';
import { LevelLifters } from '../components/LevelLifters.tsx';
import { GROUP_RANKING, periodReportUrl, RESULT_FILTERS } from '../operations.ts';
import { RankingTable } from './RankingTable.tsx';

/** '' = every unit; 'none' = not ranked in the category; '1'…'4' = that level (Mức). */
type LevelFilter = '' | 'none' | `${number}`;

export default function Ranking() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data: filters }] = useQuery({ query: RESULT_FILTERS });
  const published = useMemo(() => publishedPeriods(filters), [filters]);
  // The choice lives in the URL (?period=…&group=…&set=…): links and the back button keep it.
  const [params, setParams] = useSearchParams();
  const choose = (key: 'period' | 'group' | 'set', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const period = params.get('period') || published[0]?.id || '';
  const group = params.get('group') || filters?.unitGroups[0]?.id || '';
  // A group may be ranked on a ministry set and a provincial supplement: one table per set.
  const sets = useMemo(
    () =>
      setsOf(
        published.find((candidate) => candidate.id === period),
        group,
      ),
    [published, period, group],
  );
  // Without a set in the URL the server ranks on the group's main set (the first one listed), so a
  // deep link asks for the ranking at once instead of after the filters.
  const setCode = params.get('set');
  const [{ data, fetching }] = useQuery({
    query: GROUP_RANKING,
    variables: { periodId: period, unitGroupId: group, setCode },
    pause: !period || !group,
  });
  const ranking = data?.groupRanking;

  const [search, setSearch] = useState('');
  const [unitType, setUnitType] = useState('');
  const [levelCategory, setLevelCategory] = useState('');
  const [level, setLevel] = useState<LevelFilter>('');
  const types = useMemo(
    () => [...new Set((ranking?.entries ?? []).map((entry) => entry.unit.type))].sort(),
    [ranking],
  );
  const category = levelCategory || ranking?.categories[0]?.code || '';
  // Each unit's search key once per answer, not once per keystroke.
  const searchKeys = useMemo(
    () => new Map((ranking?.entries ?? []).map((entry) => [entry, searchName(entry.unit.name)])),
    [ranking],
  );
  const entries = useMemo(
    () =>
      (ranking?.entries ?? []).filter((entry) => {
        if (search && !matchesSearch(searchKeys.get(entry) ?? '', search)) return false;
        if (unitType && entry.unit.type !== unitType) return false;
        if (!level) return true;
        const standing = entry.categories.find((item) => item.code === category);
        return level === 'none' ? standing?.level === null : standing?.level === Number(level);
      }),
    [ranking, searchKeys, search, unitType, level, category],
  );
  // For `pnpm bench:admin`: a layout effect runs once React has put the rows in the DOM; a passive
  // effect after an update like this one runs once the browser has laid them out and painted them.
  useLayoutEffect(() => {
    if (entries.length > 0) performance.mark('chiso:ranking-committed');
  }, [entries]);
  useEffect(() => {
    if (entries.length > 0) performance.mark('chiso:ranking-rendered', { detail: { rows: entries.length } });
  }, [entries]);

  const chosenGroup = filters?.unitGroups.find((item) => item.id === group);
  return (
    <div className="page">
      <PrintHeader
        title={`${t('results.title')} — ${published.find((item) => item.id === period)?.name ?? ''}`}
        subtitle={chosenGroup && (locale === 'en' ? chosenGroup.nameEn : chosenGroup.name)}
      />
      <h1>{t('results.title')}</h1>
      <div className="filters">
        <label>
          {t('results.period')}{' '}
          <select value={period} onChange={(event) => choose('period', event.target.value)}>
            {published.map((item) => (
              <option key={item.id} value={item.id}>
                {item.code} — {item.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('results.group')}{' '}
          <select value={group} onChange={(event) => choose('group', event.target.value)}>
            {filters?.unitGroups.map((item) => (
              <option key={item.id} value={item.id}>
                {locale === 'en' ? item.nameEn : item.name}
              </option>
            ))}
          </select>
        </label>
        {sets.length > 1 && (
          <label>
            {t('results.set')}{' '}
            <select value={setCode ?? sets[0]?.code} onChange={(event) => choose('set', event.target.value)}>
              {sets.map((set) => (
                <option key={set.code} value={set.code}>
                  {set.name[locale]}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {ranking && ranking.entries.length > 0 && (
        <p className="downloads">
          {(['docx', 'pdf'] as const).map((format, index) => (
            <span key={format}>
              {index > 0 && ' · '}
              <a href={periodReportUrl(format, locale, period, group, setCode)} download>
                {t(format === 'docx' ? 'results.reportDocx' : 'results.reportPdf')}
              </a>
            </span>
          ))}
        </p>
      )}
      {ranking && ranking.entries.length > 0 && (
        <search className="filters" aria-label={t('results.filters')}>
          <label>
            {t('results.search')}{' '}
            <input
              type="search"
              value={search}
              placeholder={t('results.searchHint')}
              onChange={(event) => setSearch(event.target.value)}
            />
          </label>
          <label>
            {t('results.unitType')}{' '}
            <select value={unitType} onChange={(event) => setUnitType(event.target.value)}>
              <option value="">{t('results.all')}</option>
              {types.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('results.levelIn')}{' '}
            <select value={category} onChange={(event) => setLevelCategory(event.target.value)}>
              {ranking.categories.map((item) => (
                <option key={item.code} value={item.code}>
                  {item.name[locale]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('results.levelFilter')}{' '}
            <select value={level} onChange={(event) => setLevel(event.target.value as LevelFilter)}>
              <option value="">{t('results.all')}</option>
              {[1, 2, 3, 4].map((value) => (
                <option key={value} value={String(value)}>
                  {t('results.level', { level: value })}
                </option>
              ))}
              <option value="none">{t('results.notRanked')}</option>
            </select>
          </label>
        </search>
      )}
      {filters && published.length === 0 && <p>{t('results.noPublished')}</p>}
      {fetching && !data && <p>{t('common.loading')}</p>}
      {ranking && ranking.entries.length === 0 && <p>{t('results.empty')}</p>}
      {ranking && ranking.entries.length > 0 && entries.length === 0 && (
        <p role="status">{t('results.noMatch')}</p>
      )}
      {ranking && ranking.entries.length > 0 && (
        <LevelLifters periodId={period} unitGroupId={group} setCode={setCode} />
      )}
      {entries.length > 0 && <PrintButton />}
      {entries.length > 0 && ranking && <RankingTable entries={entries} categories={ranking.categories} />}
    </div>
  );
}
