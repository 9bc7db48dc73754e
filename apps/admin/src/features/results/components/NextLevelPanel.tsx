import {
  applyPath,
  type CriteriaSet,
  formatPoints,
  type Inputs,
  type Locale,
  type NextLevelPath,
  nextLevelPath,
  scoredNodes,
  type WhatIfBasis,
  whatIf,
} from '@chiso/scoring';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RawInput, toInputs, toRawInput } from '../../../lib/scoring.ts';
import { WhatIfInputs } from './WhatIfInputs.tsx';

/**
 * "Lên mức tiếp theo": per category, the least the unit must gain to reach its next level (exact,
 * from @chiso/scoring), and a what-if mode where figures can be changed and points, levels, rank and
 * the paths move — all computed here in the browser with the server's engine, against the cohort's
 * totals fetched once (`basis`).
 */
const NO_EFFORT: Readonly<Record<string, number>> = {};

export function NextLevelPanel({
  set,
  basis,
  storedEffort = NO_EFFORT,
  locale,
}: {
  set: CriteriaSet;
  basis: WhatIfBasis;
  /** The effort weights the Sở stored for the set: the what-if starts from them. */
  storedEffort?: Readonly<Record<string, number>>;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const [trying, setTrying] = useState(false);
  const [raws, setRaws] = useState<Record<string, RawInput>>({});
  // How hard a point is to win per criterion (the Sở's judgement, as stored until changed here);
  // 1 everywhere = fewest points.
  const [effort, setEffort] = useState<Readonly<Record<string, number>>>(storedEffort);
  const deferred = useDeferredValue(raws);
  const nodes = useMemo(
    () => scoredNodes(set).filter((node) => deferred[node.code] !== undefined),
    [set, deferred],
  );
  const changes: Inputs = useMemo(() => toInputs(nodes, deferred, locale), [nodes, deferred, locale]);
  const before = useMemo(() => whatIf(set, basis), [set, basis]);
  const after = useMemo(() => whatIf(set, basis, changes), [set, basis, changes]);
  const paths = useMemo(
    () =>
      after.result.categories.flatMap((category) => {
        const path = nextLevelPath(set, after.result, category.code, {
          cohortBest: basis.cohortBest,
          effort,
          // Untouched, the weights are the Sở's, and the explanation says so.
          effortSource: effort === storedEffort ? 'stored' : 'given',
        });
        return path ? [path] : [];
      }),
    [set, after, basis.cohortBest, effort, storedEffort],
  );
  const levelName = (level: number | null | undefined) =>
    level === null || level === undefined ? t('results.notRanked') : t('results.level', { level });

  /** Puts the path's inputs into the what-if, so its effect shows at once. */
  const tryPath = (path: NextLevelPath) => {
    const planned = applyPath(path, {});
    const next = { ...raws };
    for (const node of scoredNodes(set)) {
      const value = planned.inputs[node.code];
      if (value !== undefined && value !== null) next[node.code] = toRawInput(node.rule, value, locale);
    }
    setRaws(next);
    setTrying(true);
  };

  return (
    <section className="next-level" aria-labelledby="next-level-title">
      <h2 id="next-level-title">{t('nextLevel.title')}</h2>
      <div className="next-level-paths">
        {paths.map((path) => (
          <article key={path.category.code} className="card" aria-label={path.category.name[locale]}>
            <h3>
              {path.category.name[locale]} — {levelName(path.level)}
            </h3>
            <p>{path.explanation[locale]}</p>
            {path.lines.length > 0 && (
              <ul>
                {path.lines.map((line, index) => (
                  <li key={path.steps[index]?.code ?? index}>{line[locale]}</li>
                ))}
              </ul>
            )}
            {path.status === 'PATH' && (
              <button type="button" onClick={() => tryPath(path)}>
                {t('nextLevel.tryPath')}
              </button>
            )}
          </article>
        ))}
      </div>

      <label className="checkbox">
        <input type="checkbox" checked={trying} onChange={(event) => setTrying(event.target.checked)} />{' '}
        {t('nextLevel.whatIf')}
      </label>
      {trying && (
        <div className="what-if">
          <p role="status" aria-live="polite">
            {t('nextLevel.total', {
              before: formatPoints(before.result.points, locale),
              after: formatPoints(after.result.points, locale),
              max: formatPoints(after.result.maxPoints, locale),
            })}
            {' · '}
            {after.rank === null
              ? t('result.notRankedOverall')
              : t('nextLevel.rank', { rank: after.rank, ranked: after.ranked, before: before.rank ?? '—' })}
          </p>
          <ul className="what-if-levels">
            {after.result.categories.map((category, index) => (
              <li key={category.code}>
                {category.name[locale]}: {levelName(before.result.categories[index]?.level?.level)} →{' '}
                <strong>{levelName(category.level?.level)}</strong>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setRaws({})} disabled={Object.keys(raws).length === 0}>
            {t('nextLevel.reset')}
          </button>
          <WhatIfInputs
            set={set}
            basis={basis}
            result={after.result}
            raws={raws}
            onChange={(code, raw) => setRaws((current) => ({ ...current, [code]: raw }))}
            effort={effort}
            onEffort={(code, weight) => setEffort((current) => ({ ...current, [code]: weight }))}
            locale={locale}
          />
        </div>
      )}
    </section>
  );
}
