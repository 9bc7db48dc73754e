import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { UNIT_SEARCH } from '../operations.ts';

const PAGE_SIZE = 50;

/**
 * Units matching a search (diacritics optional) and a group, 50 a page by cursor, with the count
 * they match: a province's 177 communes, or a country's 10,000, are all reachable. Keyed by the
 * search, so a new one starts at its first page.
 */
export function UnitSearchResults({
  search,
  groupId,
  onSelect,
}: {
  search: string;
  groupId: string;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [{ data: found, fetching }] = useQuery({
    query: UNIT_SEARCH,
    variables: { search: search || null, groupId: groupId || null, after: cursors.at(-1) ?? null },
  });
  const units = found?.units;
  const first = (cursors.length - 1) * PAGE_SIZE;
  const shown = units?.edges.length ?? 0;
  return (
    <>
      <p role="status">{t('units.found', { count: units?.totalCount ?? 0 })}</p>
      <ul className="unit-results">
        {(units?.edges ?? []).map(({ node }) => (
          <li key={node.id}>
            <button type="button" className="link" onClick={() => onSelect(node.id)}>
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
      {(cursors.length > 1 || units?.pageInfo.hasNextPage) && (
        <nav className="pager actions-inline" aria-label={t('assessments.pages')}>
          <span>
            {t('units.range', {
              from: (first + (shown > 0 ? 1 : 0)).toLocaleString('vi-VN'),
              to: (first + shown).toLocaleString('vi-VN'),
              total: (units?.totalCount ?? 0).toLocaleString('vi-VN'),
            })}
          </span>
          <button
            type="button"
            disabled={cursors.length === 1 || fetching}
            onClick={() => setCursors((old) => old.slice(0, -1))}
          >
            {t('assessments.previousPage')}
          </button>
          <button
            type="button"
            disabled={!units?.pageInfo.hasNextPage || fetching}
            onClick={() => {
              const end = units?.pageInfo.endCursor;
              if (end) setCursors((old) => [...old, end]);
            }}
          >
            {t('assessments.nextPage')}
          </button>
        </nav>
      )}
    </>
  );
}
