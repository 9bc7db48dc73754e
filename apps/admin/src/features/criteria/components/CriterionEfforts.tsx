import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { nodeOf } from '../../../graphql/graphql.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { useLocale } from '../../../lib/locale.ts';
import { RequestFailed } from '../../../ui/RequestFailed.tsx';
import { CRITERION_EFFORTS, SET_CRITERION_EFFORTS } from '../operations.ts';
import { CriterionEffortsTable, type EffortNode } from './CriterionEffortsTable.tsx';

/** An admin's fold on a set's card: its effort weights, loaded when opened. */
export function CriterionEfforts({ setId }: { setId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const [{ data, error }, reload] = useQuery({
    query: CRITERION_EFFORTS,
    variables: { id: setId },
    pause: !open,
    requestPolicy: 'network-only',
  });
  const [, save] = useAction(SET_CRITERION_EFFORTS, 'setCriterionEfforts');
  const set = nodeOf(data?.node, 'CriteriaSet');
  const latest = set?.versions?.edges.at(-1)?.node;
  const nodes = (latest?.nodes ?? []).filter(
    (node): node is EffortNode & typeof node => node.kind === 'CRITERION' || node.kind === 'INDICATOR',
  );
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('criteria.effortsTitle')}</summary>
      <p className="muted">{t('criteria.effortsIntro')}</p>
      <RequestFailed error={error} />
      {set && !latest && <p>{t('criteria.effortsNone')}</p>}
      {set && latest && (
        <>
          <p className="muted">{t('criteria.effortsVersion', { version: latest.version })}</p>
          <CriterionEffortsTable
            // Each saved revision (this console's or, after a conflict, someone else's) starts the
            // table again from what is stored.
            key={set.effortsRevision}
            nodes={nodes}
            stored={set.efforts}
            locale={locale}
            onSave={async (efforts) => {
              const outcome = await save({ input: { setId, efforts, revision: set.effortsRevision } });
              setSaved(outcome.ok);
              return outcome;
            }}
            onReload={() => reload({ requestPolicy: 'network-only' })}
          />
          {saved && (
            <p role="status" className="muted">
              {t('criteria.effortsSaved')}
            </p>
          )}
        </>
      )}
    </details>
  );
}
