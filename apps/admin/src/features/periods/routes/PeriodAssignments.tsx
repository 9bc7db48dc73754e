import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { AppError } from '../../../graphql/errors.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { useLocale } from '../../../lib/locale.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { ASSIGN_OPTIONS, ASSIGN_VERSION, type Period, UNASSIGN_VERSION } from '../operations.ts';

/** Which published criteria version each unit group is assessed on in this period. */
export function PeriodAssignments({ period, onChanged }: { period: Period; onChanged: (p: Period) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data }] = useQuery({ query: ASSIGN_OPTIONS });
  const [groupId, setGroupId] = useState('');
  const [versionId, setVersionId] = useState('');
  const [error, setError] = useState<AppError | string | null>(null);
  const [assigning, assign] = useAction(ASSIGN_VERSION, 'assignCriteriaVersion');
  const [, unassign] = useAction(UNASSIGN_VERSION, 'unassignCriteriaVersion');
  const editable = period.status === 'DRAFT' || period.status === 'OPEN';
  const versions = (data?.criteriaSets.edges ?? []).flatMap(({ node: set }) =>
    set.versions.edges
      .filter(({ node }) => node.status === 'PUBLISHED')
      .map(({ node }) => ({ id: node.id, label: `${set.code} ${node.version} — ${set.name[locale]}` })),
  );
  const run = async (action: typeof assign, variables: { unitGroupId: string; versionId: string }) => {
    const outcome = await action({ input: { id: period.id, ...variables } });
    setError(outcome.ok ? null : outcome.error);
    if (outcome.ok) onChanged(outcome.data);
  };
  return (
    <section aria-labelledby={`assign-${period.id}`}>
      <h3 id={`assign-${period.id}`}>{t('periods.assignments')}</h3>
      {(period.assignments ?? []).length === 0 && <p className="muted">{t('periods.noAssignments')}</p>}
      <ul>
        {(period.assignments ?? []).map(({ unitGroup, version }) => (
          <li key={`${unitGroup?.id}-${version?.id}`}>
            {locale === 'en' ? unitGroup?.nameEn : unitGroup?.name}: {version?.set.code} {version?.version}{' '}
            {editable && unitGroup && version && (
              <button
                type="button"
                className="link danger"
                onClick={() => void run(unassign, { unitGroupId: unitGroup.id, versionId: version.id })}
              >
                {t('periods.unassign')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <div className="row">
          <label>
            {t('periods.group')}{' '}
            <select value={groupId} onChange={(event) => setGroupId(event.target.value)}>
              <option value="">—</option>
              {(data?.unitGroups ?? []).map((group) => (
                <option key={group.id} value={group.id}>
                  {locale === 'en' ? group.nameEn : group.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('periods.version')}{' '}
            <select value={versionId} onChange={(event) => setVersionId(event.target.value)}>
              <option value="">—</option>
              {versions.map((version) => (
                <option key={version.id} value={version.id}>
                  {version.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={!groupId || !versionId || assigning}
            onClick={() => void run(assign, { unitGroupId: groupId, versionId })}
          >
            {t('periods.assign')}
          </button>
        </div>
      )}
      <ErrorBanner error={error} />
    </section>
  );
}
