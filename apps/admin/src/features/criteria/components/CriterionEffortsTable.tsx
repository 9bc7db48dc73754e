import { type Locale, type LocalizedText, problem } from '@chiso/scoring';
import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../graphql/useAction.ts';
import { numberText, parseNumber, relocaliseNumber } from '../../../lib/numbers.ts';
import { useLocaleSwitch } from '../../../lib/useLocaleSwitch.ts';
import { EditorError } from './EditorError.tsx';

/** A criterion or indicator of the set's latest version, in document order. */
export interface EffortNode {
  code: string;
  kind: 'CRITERION' | 'INDICATOR';
  number?: number | null;
  name: LocalizedText;
}

export interface Effort {
  code: string;
  weight: number;
}

/** The weight typed, or the catalogue's problem with it (the same codes the API answers). */
function readWeight(text: string, locale: Locale): number | { problem: LocalizedText } | null {
  const value = parseNumber(text, locale);
  if (value === null) return null;
  if (Number.isNaN(value) || value < 0.01 || value > 100) {
    return { problem: problem('EFFORT_OUT_OF_RANGE').messages };
  }
  if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) {
    return { problem: problem('EFFORT_TWO_DECIMALS').messages };
  }
  return value;
}

/**
 * "Mức công sức để cải thiện": the Sở's weight per criterion (and, where it differs, per indicator),
 * typed as the console's language writes numbers ("1,5"). Blank keeps the default: 1 for a
 * criterion, its criterion's weight for an indicator. Saving replaces the set's whole list.
 */
export function CriterionEffortsTable({
  nodes,
  stored,
  locale,
  onSave,
  onReload,
}: {
  nodes: readonly EffortNode[];
  stored: readonly Effort[];
  locale: Locale;
  onSave: (efforts: Effort[]) => Promise<Outcome<unknown>>;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(stored.map((effort) => [effort.code, numberText(effort.weight, locale)])),
  );
  const [problems, setProblems] = useState<Record<string, LocalizedText>>({});
  const [error, setError] = useState<Parameters<typeof EditorError>[0]['error']>(null);
  const [saving, setSaving] = useState(false);
  useLocaleSwitch(
    locale,
    useCallback((from: Locale, to: Locale) => {
      setTexts((current) =>
        Object.fromEntries(
          Object.entries(current).map(([code, text]) => [code, relocaliseNumber(text, from, to)]),
        ),
      );
    }, []),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const efforts: Effort[] = [];
    const found: Record<string, LocalizedText> = {};
    for (const node of nodes) {
      const read = readWeight(texts[node.code] ?? '', locale);
      if (typeof read === 'number') efforts.push({ code: node.code, weight: read });
      else if (read) found[node.code] = read.problem;
    }
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    const outcome = await onSave(efforts);
    setSaving(false);
    if (outcome.ok) {
      setError(null);
      return;
    }
    setError(outcome.error);
    // The server's issues name the list's positions ("efforts.3.code"): show each by its row.
    if (typeof outcome.error !== 'string') {
      const byRow: Record<string, LocalizedText> = {};
      for (const issue of outcome.error.issues) {
        const index = /^efforts\.(\d+)\./.exec(issue.path)?.[1];
        const code = index === undefined ? undefined : efforts[Number(index)]?.code;
        if (code) byRow[code] = issue.messages;
      }
      setProblems(byRow);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <EditorError error={error} onReload={onReload} />
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('criteria.effortCriterion')}</th>
            <th scope="col" className="num">
              {t('criteria.effortWeight')}
            </th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((node) => {
            const id = `effort-${node.code}`;
            const fault = problems[node.code];
            return (
              <tr key={node.code}>
                <td>
                  <label htmlFor={id} className={node.kind === 'INDICATOR' ? 'effort-indicator' : undefined}>
                    <span className="muted small">{node.number ?? node.code}</span> {node.name[locale]}
                  </label>
                </td>
                <td className="num">
                  <input
                    id={id}
                    inputMode="decimal"
                    size={6}
                    aria-label={t('criteria.effortWeightOf', { code: node.code })}
                    aria-invalid={fault ? true : undefined}
                    aria-describedby={fault ? `${id}-problem` : undefined}
                    placeholder={
                      node.kind === 'INDICATOR' ? t('criteria.effortInherit') : numberText(1, locale)
                    }
                    value={texts[node.code] ?? ''}
                    onChange={(event) => {
                      const text = event.target.value;
                      setTexts((current) => ({ ...current, [node.code]: text }));
                    }}
                  />
                  {fault && (
                    <div id={`${id}-problem`} className="field-error" role="alert">
                      {fault[locale]}
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="submit" disabled={saving}>
        {t('criteria.effortsSave')}
      </button>
    </form>
  );
}
