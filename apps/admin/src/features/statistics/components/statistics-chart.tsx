import { Box } from '@mantine/core';
import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  type ChartOptions,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';
import type { ChartSpec } from '../statistics-charts';

// Only what these charts draw: `Bar` and `Line` register their own controllers.
ChartJS.register(BarElement, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

const optionsFor = (spec: ChartSpec): ChartOptions<'bar' | 'line'> => ({
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  plugins: { legend: { display: spec.series.length > 1, position: 'bottom' } },
  scales: {
    x: { stacked: spec.stacked },
    // Whole-number steps: with few people, a scale of 0.1s would suggest fractions of a person.
    y: { stacked: spec.stacked, beginAtZero: true, ticks: { precision: 0 } },
  },
});

/**
 * A section's chart. It is an image to assistive technology, described by its label; the table next
 * to it carries the numbers.
 */
export const StatisticsChart = ({ spec }: { spec: ChartSpec }) => {
  const common = { role: 'img', 'aria-label': `${spec.description} The table has the same numbers.` };
  return (
    <Box h={260} pos="relative">
      {spec.kind === 'line' ? (
        <Line
          {...common}
          options={optionsFor(spec) as ChartOptions<'line'>}
          data={{
            labels: spec.labels,
            datasets: spec.series.map((s) => ({
              label: s.label,
              data: s.data,
              borderColor: s.color,
              backgroundColor: s.color,
              // A withheld quarter stays a gap: joining across it would draw a value nobody released.
              spanGaps: false,
            })),
          }}
        />
      ) : (
        <Bar
          {...common}
          options={optionsFor(spec) as ChartOptions<'bar'>}
          data={{
            labels: spec.labels,
            datasets: spec.series.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.color })),
          }}
        />
      )}
    </Box>
  );
};
