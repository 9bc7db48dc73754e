import { formatPercent, formatPoints, type Locale } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { hundredths } from '../../../lib/locale.ts';
import type { NodeDelta, ResultDelta, ResultNode } from '../operations.ts';

/** "+1,25" / "−0,50" / "0,00" in the console's locale (a true minus sign). */
export function formatDelta(points: number, locale: Locale): string {
  const value = hundredths(points);
  const text = formatPoints(Math.abs(value), locale);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

function deltaClass(points: number | null | undefined): string {
  if (!points) return 'delta';
  return points > 0 ? 'delta up' : 'delta down';
}

const SHOWN = new Set(['CATEGORY', 'GROUP', 'CRITERION']);

/**
 * A unit's published result as a tree (categories > groups > criteria): points of the applicable
 * maximum, share, the category's level or why it is not ranked, and the change since the previous
 * period when there is one.
 */
export function ResultTree({
  nodes,
  delta,
  locale,
}: {
  nodes: ResultNode[];
  delta: ResultDelta | null;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const deltas = new Map<string, NodeDelta>((delta?.nodes ?? []).map((item) => [item.code, item]));
  const shown = nodes.filter((node) => SHOWN.has(node.kind));
  const levelName = (level: number | null) =>
    level === null ? t('results.notRanked') : t('results.level', { level });
  return (
    <table className="table result-tree">
      <caption>{t('result.treeCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('result.node')}</th>
          <th scope="col" className="num">
            {t('result.points')}
          </th>
          <th scope="col" className="num">
            {t('result.share')}
          </th>
          <th scope="col">{t('result.levelColumn')}</th>
          {delta && (
            <th scope="col" className="num">
              {t('result.deltaColumn', { period: delta.previousPeriodCode ?? '' })}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {shown.map((node) => {
          const depth = node.path.split('/').length - 1;
          const change = deltas.get(node.code);
          return (
            <tr key={node.path} className={`kind-${node.kind.toLowerCase()}`} data-code={node.code}>
              <th scope="row" style={{ paddingInlineStart: `${0.5 + depth * 1.25}rem` }}>
                <span className="muted small">{node.code}</span> {node.name?.[locale] ?? node.code}
              </th>
              <td className="num">
                {formatPoints(hundredths(node.points), locale)} /{' '}
                {formatPoints(hundredths(node.maxPoints), locale)}
              </td>
              <td className="num">{node.share === null ? '—' : formatPercent(node.share, locale)}</td>
              <td>
                {node.kind === 'CATEGORY' &&
                  (node.notRanked ? (
                    <span className="level not-ranked">
                      {t('results.notRanked')}
                      {node.notRankedReason ? ` — ${node.notRankedReason}` : ''}
                    </span>
                  ) : node.level !== null ? (
                    <span className="level">{t('results.level', { level: node.level })}</span>
                  ) : null)}
              </td>
              {delta && (
                <td className="num">
                  {/* An added node's delta is its whole points: "new" says more than a change would. */}
                  {change?.status === 'ADDED' ? (
                    <span className="muted small">{t('result.added')}</span>
                  ) : !change ? (
                    '—'
                  ) : (
                    <span className={deltaClass(change.delta)}>
                      {formatDelta(change.delta, locale)}
                      {node.kind === 'CATEGORY' && change.beforeLevel !== change.afterLevel && (
                        <span className="small">
                          {' '}
                          ({levelName(change.beforeLevel)} → {levelName(change.afterLevel)})
                        </span>
                      )}
                    </span>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The headline: total, share, rank and the change since the previous period. */
export function ResultSummary({
  result,
  locale,
}: {
  result: {
    points: number | null;
    maxPoints: number | null;
    index: number | null;
    rank: number | null;
    /** Why the unit has no rank by total (không xếp hạng chung); empty when it has one. */
    notRankedReasons?: ReadonlyArray<{ message: string }>;
    delta: ResultDelta | null;
  };
  locale: Locale;
}) {
  const { t } = useTranslation();
  const { delta } = result;
  return (
    <dl className="result-summary">
      <div>
        <dt>{t('result.total')}</dt>
        <dd>
          {formatPoints(hundredths(result.points), locale)} /{' '}
          {formatPoints(hundredths(result.maxPoints), locale)}
        </dd>
      </div>
      <div>
        <dt>{t('result.share')}</dt>
        <dd>{result.index === null ? '—' : formatPercent(result.index, locale)}</dd>
      </div>
      <div>
        <dt>{t('result.rank')}</dt>
        <dd>
          {result.rank ?? (
            <>
              <span className="level not-ranked">{t('result.notRankedOverall')}</span>
              {(result.notRankedReasons ?? []).map((reason) => (
                <span key={reason.message} className="muted small block">
                  {reason.message}
                </span>
              ))}
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('result.delta')}</dt>
        <dd>
          {delta && delta.points !== null ? (
            <>
              <span className={deltaClass(delta.points)}>{formatDelta(delta.points, locale)}</span>{' '}
              <span className="muted small">
                {t('result.since', {
                  period: delta.previousPeriodName ?? delta.previousPeriodCode ?? '',
                  points: formatPoints(hundredths(delta.previousPoints), locale),
                  rank: delta.previousRank ?? '—',
                })}
              </span>
            </>
          ) : (
            <span className="muted">{t('result.noPrevious')}</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
