import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AUDIT_PEOPLE } from '../operations.ts';

export interface Person {
  id: string;
  name: string;
}

/** "Who": a person found by name or email (a province has hundreds), or anyone. */
export function PersonFilter({
  value,
  onChange,
}: {
  value: Person | null;
  onChange: (person: Person | null) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const term = useDeferredValue(search.trim());
  const [{ data }] = useQuery({ query: AUDIT_PEOPLE, variables: { search: term }, pause: term.length < 2 });
  const found = term.length < 2 ? [] : (data?.users.edges ?? []).map(({ node }) => node);
  return (
    <fieldset className="person-filter">
      <legend>{t('audit.who')}</legend>
      {value ? (
        <p>
          {value.name}{' '}
          <button type="button" className="link" onClick={() => onChange(null)}>
            {t('audit.anyone')}
          </button>
        </p>
      ) : (
        <>
          <label htmlFor="audit-person">{t('users.search')}</label>{' '}
          <input
            id="audit-person"
            type="search"
            value={search}
            placeholder="nguyen van"
            autoComplete="off"
            onChange={(event) => setSearch(event.target.value)}
          />
          {found.length > 0 && (
            <ul className="unit-results">
              {found.map((person) => (
                <li key={person.id}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      onChange({ id: person.id, name: person.name });
                      setSearch('');
                    }}
                  >
                    {person.name}
                  </button>{' '}
                  <span className="muted small">{person.email}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </fieldset>
  );
}
