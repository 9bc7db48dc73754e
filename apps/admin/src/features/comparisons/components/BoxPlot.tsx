import type { Locale } from '@chiso/scoring';
import {
  Bar,
  BarChart,
  type BarShapeProps,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { NodeDistribution } from '../operations.ts';
import { points } from './format.ts';

/** A whisker: a line through the middle of its (invisible) stacked segment. */
const whisker = ({ x, y, width, height }: BarShapeProps) => (
  <line x1={x} x2={x + width} y1={y + height / 2} y2={y + height / 2} stroke="#1d2433" strokeWidth={2} />
);

/**
 * A horizontal box plot from the distribution's five numbers (and the mean, dashed), on an axis
 * from 0 to the node's maximum. Recharts has no box plot: it is stacked bars whose first segment
 * is invisible and whose outer ones are drawn as whiskers. Loaded lazily with recharts.
 */
export default function BoxPlot({
  distribution,
  label,
  locale,
}: {
  distribution: NodeDistribution;
  label: string;
  locale: Locale;
}) {
  const { min, q1, median, q3, max, mean } = distribution;
  const maxPoints = distribution.node?.maxPoints ?? 0;
  if (min === null || q1 === null || median === null || q3 === null || max === null) return null;
  const data = [
    { name: '', base: min, low: q1 - min, lower: median - q1, upper: q3 - median, high: max - q3 },
  ];
  const tick = (value: unknown) => (typeof value === 'number' ? points(value, locale) : String(value));
  return (
    <figure className="box-plot" aria-label={label}>
      <ResponsiveContainer width="100%" height={110} minWidth={200}>
        <BarChart layout="vertical" data={data} margin={{ top: 8, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, maxPoints || 'auto']} tickFormatter={tick} />
          <YAxis type="category" dataKey="name" hide />
          <Bar dataKey="base" stackId="box" fill="transparent" isAnimationActive={false} />
          <Bar dataKey="low" stackId="box" shape={whisker} isAnimationActive={false} />
          <Bar dataKey="lower" stackId="box" fill="#bfd4ee" stroke="#0b5cad" isAnimationActive={false} />
          <Bar dataKey="upper" stackId="box" fill="#bfd4ee" stroke="#0b5cad" isAnimationActive={false} />
          <Bar dataKey="high" stackId="box" shape={whisker} isAnimationActive={false} />
          {mean !== null && <ReferenceLine x={mean} stroke="#b3261e" strokeDasharray="4 3" />}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
