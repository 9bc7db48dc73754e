import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLocale } from '../../../lib/locale.ts';
import { UnitAdminNav } from '../components/UnitAdminNav.tsx';
import { UNIT_ROOTS, UNIT_SEARCH } from '../operations.ts';
import { UnitDetail } from './UnitDetail.tsx';
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
  const [{ data: found }] = useQuery({
    query: UNIT_SEARCH,
    variables: { search: term || null, groupId: groupId || null },
    pause: !searching,
  });
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
            <>
              <p role="status">{t('units.found', { count: found?.units.totalCount ?? 0 })}</p>
              <ul className="unit-results">
                {(found?.units.edges ?? []).map(({ node }) => (
                  <li key={node.id}>
                    <button type="button" className="link" onClick={() => setSelected(node.id)}>
                      {node.name}
                    </button>{' '}
                    <span className="muted small">
                      {node.code}
                      {node.parent && ` · ${node.parent.name}`}
                      {node.endedOn && ` · ${t('units.ended')}`}
                    </span>
                  </li>
                ))}
              </ul>
            </>
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
