import {
  type CriteriaSet,
  formatPoints,
  type Locale,
  scoredNodes,
  type UnitResult,
  type WhatIfBasis,
} from '@chiso/scoring';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { numberText, parseNumber } from '../../../lib/numbers.ts';
import { type RawInput, resultsByCode, toRawInput } from '../../../lib/scoring.ts';
import { RuleInput } from '../../../rule-kinds/RuleInput.tsx';

/** Every scored node's figure, editable, with the points it gives now; one fold per category. */
export function WhatIfInputs({
  set,
  basis,
  result,
  raws,
  onChange,
  effort,
  onEffort,
  locale,
}: {
  set: CriteriaSet;
  basis: WhatIfBasis;
  result: UnitResult;
  raws: Readonly<Record<string, RawInput>>;
  onChange: (code: string, raw: RawInput) => void;
  /** Effort per node code, for the path search (absent = 1). */
  effort: Readonly<Record<string, number>>;
  onEffort: (code: string, weight: number) => void;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const points = useMemo(() => resultsByCode(result), [result]);
  const nodes = scoredNodes(set);
  return (
    <div className="what-if-inputs">
      {set.categories.map((category) => (
        <details key={category.code}>
          <summary>{t('nextLevel.inputsOf', { category: category.name[locale] })}</summary>
          <ul className="plain">
            {nodes
              .filter((node) => node.path.startsWith(`${category.code}/`))
              .map((node) => {
                const scored = points.get(node.code);
                const raw = raws[node.code] ?? toRawInput(node.rule, basis.inputs[node.code] ?? null, locale);
                return (
                  <li key={node.code} className={raws[node.code] === undefined ? '' : 'changed'}>
                    <label htmlFor={`what-if-${node.code}`}>
                      <span className="muted small">{node.code}</span> {node.name[locale]}{' '}
                      <span className="muted">
                        ({formatPoints(scored?.points ?? 0, locale)} / {formatPoints(node.max, locale)})
                      </span>
                    </label>
                    <RuleInput
                      id={`what-if-${node.code}`}
                      label={node.name[locale]}
                      rule={node.rule}
                      value={raw}
                      onChange={(value) => onChange(node.code, value)}
                    />
                    <label className="small" htmlFor={`effort-${node.code}`}>
                      {t('nextLevel.effort')}
                    </label>{' '}
                    <EffortInput
                      id={`effort-${node.code}`}
                      // An indicator without its own weight weighs as its criterion (path's 3rd code).
                      weight={effort[node.code] ?? effort[node.path.split('/')[2] ?? ''] ?? 1}
                      onEffort={(weight) => onEffort(node.code, weight)}
                      locale={locale}
                    />
                  </li>
                );
              })}
          </ul>
        </details>
      ))}
    </div>
  );
}

/** An effort weight typed as the console's language writes numbers ("1,5"); taken once it reads as 0,01–100. */
function EffortInput({
  id,
  weight,
  onEffort,
  locale,
}: {
  id: string;
  weight: number;
  onEffort: (weight: number) => void;
  locale: Locale;
}) {
  const [text, setText] = useState<string | null>(null);
  return (
    <input
      id={id}
      type="text"
      inputMode="decimal"
      size={5}
      value={text ?? numberText(weight, locale)}
      onChange={(event) => {
        setText(event.target.value);
        const value = parseNumber(event.target.value, locale);
        if (value !== null && value >= 0.01 && value <= 100) onEffort(value);
      }}
      onBlur={() => setText(null)}
    />
  );
}
