import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDateTime } from '../../../lib/date-time.ts';
import { isIsoDay, isWrongDay } from '../../../lib/dates.ts';
import { DateInput } from '../../../ui/DateField.tsx';
import { type PickedUnit, UnitPicker } from '../../users/components/UnitPicker.tsx';
import { type Person, PersonFilter } from '../components/PersonFilter.tsx';
import { AUDIT_ACTIONS, AUDIT_LOG } from '../operations.ts';

/** A day typed in a date field (local midnight) as an instant; `to` includes its whole day. */
function dayStart(day: string, plusDays = 0): string | null {
  // Half-typed or impossible days do not filter (the field says so) rather than empty the list.
  if (!isIsoDay(day)) return null;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date + plusDays).toISOString();
}

/** The audit trail: who changed what and when, with the data before and after; filters by who, what, when and unit. */
export default function AuditLog() {
  const { t } = useTranslation();
  const [person, setPerson] = useState<Person | null>(null);
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [units, setUnits] = useState<PickedUnit[]>([]);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data: choices }] = useQuery({ query: AUDIT_ACTIONS });
  const [{ data, fetching }] = useQuery({
    query: AUDIT_LOG,
    variables: {
      userId: person?.id ?? null,
      actionPrefix: action || null,
      unitId: units[0]?.id ?? null,
      from: dayStart(from),
      to: dayStart(to, 1),
      after,
    },
    requestPolicy: 'cache-and-network',
  });
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setAfter(null);
    };
  const entries = data?.auditLog.edges.map(({ node }) => node) ?? [];
  return (
    <div className="page">
      <h1>{t('audit.title')}</h1>
      <div className="filters">
        <PersonFilter value={person} onChange={filter(setPerson)} />
        <label>
          {t('audit.what')}{' '}
          <select value={action} onChange={(event) => filter(setAction)(event.target.value)}>
            <option value="">{t('audit.anything')}</option>
            {(choices?.auditActions ?? []).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor="audit-from">
          {t('audit.from')}{' '}
          <DateInput
            id="audit-from"
            value={from}
            onChange={filter(setFrom)}
            aria-invalid={isWrongDay(from)}
          />
        </label>
        <label htmlFor="audit-to">
          {t('audit.to')}{' '}
          <DateInput id="audit-to" value={to} onChange={filter(setTo)} aria-invalid={isWrongDay(to)} />
        </label>
        {(isWrongDay(from) || isWrongDay(to)) && (
          <span className="field-error" role="alert">
            {t('common.invalidDay')}
          </span>
        )}
        <UnitPicker
          id="audit-unit"
          label={t('audit.unit')}
          value={units}
          onChange={filter(setUnits)}
          single
        />
        <button
          type="button"
          onClick={() => {
            setPerson(null);
            setAction('');
            setFrom('');
            setTo('');
            setUnits([]);
            setAfter(null);
          }}
        >
          {t('audit.clear')}
        </button>
      </div>
      <p role="status">
        {fetching && !data
          ? t('common.loading')
          : t('audit.count', { count: data?.auditLog.totalCount ?? 0 })}
      </p>
      <table className="table audit">
        <thead>
          <tr>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.what')}</th>
            <th scope="col">{t('audit.entity')}</th>
            <th scope="col">{t('audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDateTime(entry.at)}</td>
              <td>
                {entry.actorKind === 'system'
                  ? t('audit.system')
                  : entry.actorKind === 'token'
                    ? t('audit.token', { name: entry.actorName ?? '' })
                    : (entry.actorName ?? '—')}
              </td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>
                {entry.entityType} <span className="muted small">{entry.entityId}</span>
              </td>
              <td>
                {(entry.before != null || entry.after != null) && (
                  <details>
                    <summary>{t('audit.details')}</summary>
                    {entry.before != null && (
                      <>
                        <strong>{t('audit.before')}</strong>
                        <pre>{JSON.stringify(entry.before, null, 2)}</pre>
                      </>
                    )}
                    {entry.after != null && (
                      <>
                        <strong>{t('audit.after')}</strong>
                        <pre>{JSON.stringify(entry.after, null, 2)}</pre>
                      </>
                    )}
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data?.auditLog.pageInfo.hasNextPage && (
        <button type="button" onClick={() => setAfter(data.auditLog.pageInfo.endCursor ?? null)}>
          {t('audit.more')}
        </button>
      )}
    </div>
  );
}
