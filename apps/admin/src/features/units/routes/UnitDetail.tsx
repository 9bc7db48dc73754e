import { formatDate } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { nodeOf } from '../../../graphql/graphql.ts';
import { useLocale } from '../../../lib/locale.ts';
import { UNIT_DETAIL } from '../operations.ts';

/** A unit: where it sits, its group, and its lineage (created, renamed, merged, split, abolished). */
export function UnitDetail({ id, onSelect }: { id: string; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data }] = useQuery({ query: UNIT_DETAIL, variables: { id } });
  const unit = nodeOf(data?.node, 'Unit');
  if (!unit) return <p className="muted">{t('common.loading')}</p>;
  const links = (
    items: ReadonlyArray<{ partial: boolean | null; unit: { id: string; name: string } | null }> | null,
  ) =>
    (items ?? []).map((link, index) => (
      <span key={link.unit?.id ?? index}>
        {index > 0 && ', '}
        <button type="button" className="link" onClick={() => link.unit && onSelect(link.unit.id)}>
          {link.unit?.name}
        </button>
        {link.partial && ` (${t('units.partial')})`}
      </span>
    ));
  return (
    <section className="panel" aria-labelledby="unit-detail">
      <h2 id="unit-detail">{unit.name}</h2>
      <dl className="facts">
        <dt>{t('units.code')}</dt>
        <dd>{unit.code}</dd>
        <dt>{t('units.type')}</dt>
        <dd>{unit.type ?? t(`units.kind.${unit.kind}`)}</dd>
        <dt>{t('units.group')}</dt>
        <dd>{(locale === 'en' ? unit.group?.nameEn : unit.group?.name) ?? '—'}</dd>
        <dt>{t('units.path')}</dt>
        <dd>{(unit.ancestors ?? []).map((a) => a.name).join(' › ') || '—'}</dd>
        <dt>{t('units.validFrom')}</dt>
        <dd>
          {unit.validFrom ? formatDate(unit.validFrom, locale) : '—'}
          {unit.endedOn && ` – ${formatDate(unit.endedOn, locale)}`}
        </dd>
      </dl>
      <h3>{t('units.lineage')}</h3>
      {(unit.lineage ?? []).length === 0 ? (
        <p className="muted">{t('units.noLineage')}</p>
      ) : (
        <ol className="lineage">
          {(unit.lineage ?? []).map((event) => (
            <li key={`${event.date}-${event.kind}`}>
              <strong>{formatDate(event.date, locale)}</strong> · {t(`units.lineageKind.${event.kind}`)}
              {event.document && ` (${event.document})`}
              {event.oldName && ` · ${t('units.oldName')}: ${event.oldName}`}
              {(event.predecessors ?? []).length > 0 && (
                <>
                  {' '}
                  · {t('units.from')}: {links(event.predecessors)}
                </>
              )}
              {(event.successors ?? []).length > 0 && (
                <>
                  {' '}
                  · {t('units.into')}: {links(event.successors)}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
