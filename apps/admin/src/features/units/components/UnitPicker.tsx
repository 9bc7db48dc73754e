import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { type PickedUnit, UNIT_PICK } from '../operations.ts';

/**
 * Picks today's units by name or code; the API's search ignores diacritics and case ("cai rong" finds
 * "Thị trấn Cái Rồng"). `max` 1 picks one unit.
 */
export function UnitPicker({
  id,
  label,
  picked,
  onChange,
  max = 200,
}: {
  id: string;
  label: string;
  picked: readonly PickedUnit[];
  onChange: (units: PickedUnit[]) => void;
  max?: number;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const term = useDeferredValue(search.trim());
  const [{ data }] = useQuery({
    query: UNIT_PICK,
    variables: { search: term, first: 20 },
    pause: term.length < 2,
  });
  const chosen = new Set(picked.map((unit) => unit.id));
  const add = (unit: PickedUnit) => onChange(max === 1 ? [unit] : [...picked, unit]);
  return (
    <div className="form-field unit-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={search}
        placeholder={t('unitAdmin.pick.placeholder')}
        onChange={(event) => setSearch(event.target.value)}
      />
      {term.length >= 2 && (
        <ul aria-label={t('unitAdmin.pick.results', { label })}>
          {(data?.units.edges ?? []).map(({ node }) => (
            <li key={node.id}>
              <button
                type="button"
                className="link"
                disabled={chosen.has(node.id)}
                aria-label={t('unitAdmin.pick.add', { name: node.name })}
                onClick={() => add(node)}
              >
                {node.name}
              </button>{' '}
              <span className="muted small">
                {node.code}
                {node.parent && ` · ${node.parent.name}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {picked.length > 0 && (
        <ul aria-label={t('unitAdmin.pick.chosen', { label })} className="chips">
          {picked.map((unit) => (
            <li key={unit.id}>
              {unit.name} <span className="muted small">{unit.code}</span>{' '}
              <button
                type="button"
                aria-label={t('unitAdmin.pick.remove', { name: unit.name })}
                onClick={() => onChange(picked.filter((other) => other.id !== unit.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
