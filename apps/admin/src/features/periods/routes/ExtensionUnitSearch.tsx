import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PERIOD_UNITS } from '../operations.ts';

/** Finds a unit of the period by name or code to extend its deadline before it is overdue. */
export function ExtensionUnitSearch({
  periodId,
  onPick,
}: {
  periodId: string;
  onPick: (unit: { id: string; name: string }) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const term = useDeferredValue(search.trim());
  const [{ data }] = useQuery({ query: PERIOD_UNITS, variables: { periodId, search: term }, pause: !term });
  // A district assessed on two sets has two assessments: one line per unit.
  const units = [
    ...new Map(
      (data?.assessments.edges ?? []).flatMap(({ node }) => (node.unit ? [[node.unit.id, node.unit]] : [])),
    ).values(),
  ];
  return (
    <div>
      <label>
        {t('periods.extendOther')}{' '}
        <input
          type="search"
          value={search}
          placeholder={t('assessments.searchHint')}
          onChange={(event) => setSearch(event.target.value)}
        />
      </label>
      {term && (
        <ul>
          {units.map((unit) => (
            <li key={unit.id}>
              {unit.name} <span className="muted small">{unit.code}</span>{' '}
              <button type="button" className="link" onClick={() => onPick(unit)}>
                {t('periods.extend')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
