import { formatPoints, type Locale } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface GroupBar {
  code: string;
  name: string;
  /** Points now, the applicable maximum, and the previous period's points when known. */
  points: number;
  maxPoints: number;
  previous: number | null;
}

/**
 * One category's groups as bars: points now, the previous period's points and the applicable
 * maximum. Loaded lazily: recharts stays out of the initial bundle.
 */
export default function GroupChart({
  title,
  bars,
  locale,
}: {
  title: string;
  bars: GroupBar[];
  locale: Locale;
}) {
  const { t } = useTranslation();
  const hasPrevious = bars.some((bar) => bar.previous !== null);
  const points = (value: unknown) =>
    typeof value === 'number' ? formatPoints(Math.round(value * 100), locale) : String(value);
  return (
    <figure className="group-chart">
      <figcaption>{title}</figcaption>
      <div style={{ width: '100%', height: 260 }}>
        <ResponsiveContainer width="100%" height="100%" minWidth={200}>
          <BarChart data={bars} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="code" />
            <YAxis tickFormatter={points} width={56} />
            <Tooltip
              formatter={points}
              labelFormatter={(code) => bars.find((bar) => bar.code === code)?.name ?? String(code)}
            />
            <Legend />
            {hasPrevious && (
              <Bar
                dataKey="previous"
                name={t('result.chartPrevious')}
                fill="#9ca3af"
                isAnimationActive={false}
              />
            )}
            <Bar dataKey="points" name={t('result.chartNow')} fill="#2563eb" isAnimationActive={false} />
            <Bar dataKey="maxPoints" name={t('result.chartMax')} fill="#dbeafe" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
