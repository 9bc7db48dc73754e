import { formatDate } from '@chiso/scoring';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { AppError } from '../../../graphql/errors.ts';
import { useAction } from '../../../graphql/useAction.ts';
import type { Filters } from '../../../lib/cohort.ts';
import { useLocale } from '../../../lib/locale.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import {
  type ComparisonDefinition,
  definitionInput,
  SAVE_COMPARISON,
  SAVED_COMPARISONS,
  type SavedComparison,
} from '../operations.ts';

/** Saves the current choice under a name, and lists the saved ones to reopen. */
export function SavedComparisons({
  definition,
  filters,
  onOpen,
}: {
  /** The current choice as the API keeps it; null while it cannot be saved (no nodes chosen). */
  definition: ComparisonDefinition | null;
  filters: Filters | undefined;
  onOpen: (definition: ComparisonDefinition) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data }, refetch] = useQuery({
    query: SAVED_COMPARISONS,
  });
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<AppError | string | null>(null);
  const [saving, save] = useAction(SAVE_COMPARISON, 'saveComparison');
  const saveNow = async () => {
    if (!definition) return;
    const outcome = await save({ input: { name: name.trim(), definition: definitionInput(definition) } });
    setError(outcome.ok ? null : outcome.error);
    setSaved(outcome.ok ? t('workbench.saved', { name: outcome.data.name }) : null);
    // The list may have been empty: no cached SavedComparison for the mutation to invalidate.
    if (outcome.ok) refetch({ requestPolicy: 'network-only' });
  };
  const groupName = (id: string) => {
    const group = filters?.unitGroups.find((item) => item.id === id);
    return group ? (locale === 'en' ? group.nameEn : group.name) : '?';
  };
  const periodCode = (id: string) =>
    filters?.periods.edges.find(({ node }) => node.id === id)?.node.code ?? '?';
  const summary = (item: ComparisonDefinition) =>
    [
      groupName(item.cohort.unitGroupId),
      item.periods.map(periodCode).join(' → '),
      `${t(`workbench.kind.${item.nodes.kind}`)} (${item.nodes.codes ? item.nodes.codes.length : t('workbench.allNodes')})`,
      item.measures
        .map((measure) => t(`workbench.measures.${measure}`, { defaultValue: measure }))
        .join(', '),
    ].join(' · ');
  // `definition` is JSON in the schema: the API stores only what saveComparison validated.
  const list = (data?.savedComparisons?.edges ?? []) as ReadonlyArray<{ node: SavedComparison }>;
  return (
    <section aria-labelledby="saved-comparisons" className="workbench-section">
      <h2 id="saved-comparisons">{t('workbench.savedList')}</h2>
      <div className="row">
        <label>
          {t('workbench.name')} <input value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <button
          type="button"
          className="primary"
          disabled={saving || !name.trim() || !definition}
          onClick={() => void saveNow()}
        >
          {t('workbench.save')}
        </button>
        {saved && <span role="status">{saved}</span>}
      </div>
      <ErrorBanner error={error} />
      {list.length === 0 ? (
        <p className="muted">{t('workbench.noneSaved')}</p>
      ) : (
        <ul className="saved-list">
          {list.map(({ node }) => (
            <li key={node.id}>
              <button
                type="button"
                aria-label={t('workbench.open', { name: node.name })}
                onClick={() => onOpen(node.definition)}
              >
                {t('workbench.openShort')}
              </button>
              <strong>{node.name}</strong>
              <span className="muted">
                {summary(node.definition)} · {formatDate(node.updatedAt.slice(0, 10), locale)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
