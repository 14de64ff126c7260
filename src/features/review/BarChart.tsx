// A bar chart in plain SVG with the same figures as a table beside it, for screen readers and anyone who prefers numbers.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface Bar {
  label: string;
  value: number;
}

interface Props {
  title: string;
  summary: string;
  bars: readonly Bar[];
}

const WIDTH = 600;
const HEIGHT = 160;
const BOTTOM = 18;

export function BarChart({ title, summary, bars }: Props) {
  const { t } = useTranslation('review');
  const id = useId();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const step = WIDTH / Math.max(1, bars.length);
  const every = Math.ceil(bars.length / 8);
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-summary`}>{summary}</p>
      <svg className="pg-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
        <line className="pg-axis" x1={0} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
        {bars.map((bar, i) => {
          const h = ((HEIGHT - BOTTOM - 12) * bar.value) / max;
          return (
            <g key={i}>
              <rect className="pg-bar" x={i * step + step * 0.15} width={step * 0.7} y={HEIGHT - BOTTOM - h} height={h} />
              {i % every === 0 ? (
                <text className="pg-label" x={i * step + step / 2} y={HEIGHT - 4} textAnchor="middle">
                  {bar.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t('progress.table')}</summary>
        <table className="pg-table">
          <thead>
            <tr>
              <th scope="col">{t('progress.day')}</th>
              <th scope="col">{t('progress.count')}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar, i) => (
              <tr key={i}>
                <td>{bar.label}</td>
                <td>{bar.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
