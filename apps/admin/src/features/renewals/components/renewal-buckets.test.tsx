import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../../test/render-static';
import { RenewalBuckets } from './renewal-buckets';

const counts = [
  { bucket: 'DUE_30', count: 2 },
  { bucket: 'DUE_60', count: 5 },
  { bucket: 'DUE_90', count: 9 },
  { bucket: 'SUBMITTED', count: 1 },
  { bucket: 'OVERDUE', count: 1 },
  { bucket: 'LAPSED', count: 12 },
  { bucket: 'RENEWED', count: 30 },
] as const;

describe('RenewalBuckets', () => {
  it('shows every bucket with its count, the chosen one pressed', async () => {
    const page = await renderStatic(
      <RenewalBuckets counts={counts} bucket="SUBMITTED" onChange={() => {}} />,
    );
    const buttons = page.all('button');
    expect(buttons.map((b) => b.text)).toEqual([
      'Due within 30 days 2',
      'Due within 60 days 5',
      'Due within 90 days 9',
      'Submitted 1',
      'Overdue (grace) 1',
      'Lapsed 12',
      'Renewed this year 30',
    ]);
    expect(buttons.filter((b) => b.attributes.includes('aria-pressed="true"')).map((b) => b.text)).toEqual([
      'Submitted 1',
    ]);
  });

  it('shows no number before the counts arrive', async () => {
    const page = await renderStatic(<RenewalBuckets counts={[]} bucket="LAPSED" onChange={() => {}} />);
    expect(page.all('button').map((b) => b.text)[0]).toBe('Due within 30 days');
  });
});
