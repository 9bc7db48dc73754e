import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLocale } from '../../../lib/locale.ts';
import { UnitAdminNav } from '../components/UnitAdminNav.tsx';
import { UNIT_ROOTS } from '../operations.ts';
import { UnitDetail } from './UnitDetail.tsx';
import { UnitSearchResults } from './UnitSearchResults.tsx';
import { UnitTreeNode } from './UnitTreeNode.tsx';

/** The unit tree, a search that ignores diacritics (the API's), groups, and a unit's lineage. */
export default function Units() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [search, setSearch] = useState('');
  const [groupId, setGroupId] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const term = useDeferredValue(search.trim());
  const [{ data: roots }] = useQuery({ query: UNIT_ROOTS });
  const searching = term !== '' || groupId !== '';
  return (
    <div className="page">
      <h1>{t('units.title')}</h1>
      <UnitAdminNav />
      <div className="row">
        <label>
          {t('units.search')}{' '}
          <input
            type="search"
            value={search}
            placeholder="quang yen"
            onChange={(event) => setSearch(event.target.value)}
          />
        </label>
        <label>
          {t('units.group')}{' '}
          <select value={groupId} onChange={(event) => setGroupId(event.target.value)}>
            <option value="">{t('units.allGroups')}</option>
            {(roots?.unitGroups ?? []).map((group) => (
              <option key={group.id} value={group.id}>
                {locale === 'en' ? group.nameEn : group.name} (
                {group.units.totalCount.toLocaleString('vi-VN')})
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="with-sidebar">
        <div className="main-column">
          {searching ? (
            <UnitSearchResults
              key={`${term}|${groupId}`}
              search={term}
              groupId={groupId}
              onSelect={setSelected}
            />
          ) : (
            <ul aria-label={t('units.tree')} className="unit-tree">
              {(roots?.unitTree ?? []).map((unit) => (
                <UnitTreeNode key={unit.id} unit={unit} selected={selected} onSelect={setSelected} />
              ))}
            </ul>
          )}
        </div>
        <aside className="sidebar">
          {selected ? (
            <UnitDetail id={selected} onSelect={setSelected} />
          ) : (
            <p className="muted">{t('units.pick')}</p>
          )}
        </aside>
      </div>
    </div>
  );
}
