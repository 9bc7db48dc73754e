import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { UNIT_CHOICES } from '../operations.ts';

export interface PickedUnit {
  id: string;
  code: string;
  name: string;
}

/**
 * Units chosen by searching (the API's search ignores diacritics: "van don"). `single`: picking
 * one replaces the other, as a filter wants.
 */
export function UnitPicker({
  id,
  label,
  value,
  onChange,
  single = false,
}: {
  id: string;
  label: string;
  value: readonly PickedUnit[];
  onChange: (units: PickedUnit[]) => void;
  single?: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const term = useDeferredValue(search.trim());
  const [{ data }] = useQuery({ query: UNIT_CHOICES, variables: { search: term }, pause: term.length < 2 });
  const chosen = new Set(value.map((unit) => unit.id));
  const found = term.length < 2 ? [] : (data?.units.edges ?? []).map(({ node }) => node);
  return (
    <fieldset className="unit-picker">
      <legend>{label}</legend>
      {value.length === 0 ? (
        <p className="muted small">{t('users.noUnits')}</p>
      ) : (
        <ul className="chips">
          {value.map((unit) => (
            <li key={unit.id}>
              {unit.name} <span className="muted small">{unit.code}</span>{' '}
              <button
                type="button"
                className="link"
                aria-label={t('users.unitRemove', { name: unit.name })}
                onClick={() => onChange(value.filter((other) => other.id !== unit.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={id}>{t('users.unitSearch')}</label>
      <input
        id={id}
        type="search"
        value={search}
        placeholder="van don"
        autoComplete="off"
        onChange={(event) => setSearch(event.target.value)}
      />
      {found.length > 0 && (
        <ul className="unit-results">
          {found
            .filter((unit) => !chosen.has(unit.id))
            .map((unit) => (
              <li key={unit.id}>
                <button
                  type="button"
                  className="link"
                  aria-label={t('users.unitAdd', { name: unit.name })}
                  onClick={() => {
                    const picked = { id: unit.id, code: unit.code, name: unit.name };
                    onChange(single ? [picked] : [...value, picked]);
                    setSearch('');
                  }}
                >
                  {unit.name}
                </button>{' '}
                <span className="muted small">
                  {unit.code}
                  {unit.parent && ` · ${unit.parent.name}`}
                </span>
              </li>
            ))}
        </ul>
      )}
    </fieldset>
  );
}
