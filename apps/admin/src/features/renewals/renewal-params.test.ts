import { describe, expect, it } from 'vitest';
import { readRenewalView, renewalsCsvUrl, toRenewalFilter, writeRenewalView } from './renewal-params';

const read = (query: string) => readRenewalView(new URLSearchParams(query));

describe('renewals view in the URL', () => {
  it('opens on the submitted renewals, every level and chapter', () => {
    expect(read('')).toEqual({ bucket: 'SUBMITTED', level: null, chapterId: null });
    expect(writeRenewalView(read('')).toString()).toBe('');
  });

  it('round-trips a bucket, a level and a chapter', () => {
    const query = 'bucket=OVERDUE&level=IMHS&chapter=ch-2';
    expect(read(query)).toEqual({ bucket: 'OVERDUE', level: 'IMHS', chapterId: 'ch-2' });
    expect(writeRenewalView(read(query)).toString()).toBe(query);
  });

  it('ignores malformed values rather than sending them to the API', () => {
    expect(read('bucket=SOON&level=XYZ&chapter=%20')).toEqual({
      bucket: 'SUBMITTED',
      level: null,
      chapterId: null,
    });
  });

  it('gives the counts and the table the same filter', () => {
    expect(toRenewalFilter(read('bucket=LAPSED&chapter=c1'))).toEqual({ level: null, chapterId: 'c1' });
  });
});

describe('renewalsCsvUrl', () => {
  it('always names the bucket and leaves out unset filters', () => {
    expect(renewalsCsvUrl(read(''))).toBe('/api/exports/renewals.csv?bucket=SUBMITTED');
    expect(renewalsCsvUrl(read('bucket=DUE_30&chapter=c1'))).toBe(
      '/api/exports/renewals.csv?bucket=DUE_30&chapterId=c1',
    );
  });

  it('carries the level and the chapter under the export’s names', () => {
    expect(renewalsCsvUrl(read('bucket=LAPSED&level=IFA&chapter=c%202'))).toBe(
      '/api/exports/renewals.csv?bucket=LAPSED&level=IFA&chapterId=c+2',
    );
  });
});
