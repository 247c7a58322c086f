import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../../test/render-static';
import { empty, hidden, shown } from '../testing/statistics-factories';
import { StatValue } from './stat-value';

describe('StatValue', () => {
  it('marks a suppressed cell with a badge whose tooltip names the threshold', async () => {
    const page = await renderStatic(<StatValue cell={hidden} format="count" threshold={11} />);
    expect(page.text).toBe('suppressed');
    expect(page.html).toContain('title="Fewer than 11 people: withheld to protect privacy"');
    expect(page.html).toContain('mantine-Badge-root');
  });

  it('shows a released value, a rate as a percentage, and a dash for no data', async () => {
    expect((await renderStatic(<StatValue cell={shown(7)} format="count" threshold={5} />)).text).toBe('7');
    expect((await renderStatic(<StatValue cell={shown(0.5)} format="rate" threshold={5} />)).text).toBe(
      '50%',
    );
    const none = await renderStatic(<StatValue cell={empty} format="days" threshold={5} />);
    expect(none.text).toBe('—');
    expect(none.html).toContain('title="No data"');
    expect(none.html).not.toContain('suppressed');
  });
});
