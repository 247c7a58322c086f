import { describe, expect, it } from 'vitest';
import {
  levelOptionValue,
  queueCsvUrl,
  readQueueView,
  toQueueFilter,
  withLevelOption,
  withSortOption,
  writeQueueView,
} from './queue-params';

const read = (query: string) => readQueueView(new URLSearchParams(query));

describe('queue view in the URL', () => {
  it('defaults to every application, longest waiting first', () => {
    expect(read('')).toEqual({
      status: null,
      level: null,
      track: null,
      chapterId: null,
      submittedFrom: null,
      submittedTo: null,
      waitingMoreThanDays: null,
      reviewerId: null,
      orderBy: 'WAITING',
      direction: 'DESC',
    });
    expect(writeQueueView(read('')).toString()).toBe('');
  });

  it('round-trips every filter and a chosen order', () => {
    const query =
      'statuses=IN_REVIEW&level=IMHM&track=CLINICAL&chapterId=ch1&submittedFrom=2026-01-01&submittedTo=2026-02-01&waitingMoreThanDays=14&reviewerId=VXNlcjox&orderBy=APPLICANT_NAME&direction=ASC';
    expect(writeQueueView(read(query)).toString()).toBe(query);
  });

  it('ignores malformed values rather than sending them to the API', () => {
    const view = read(
      'statuses=DRAFT&level=XYZ&submittedFrom=01/02/2026&waitingMoreThanDays=-3&orderBy=NOPE',
    );
    expect(view).toMatchObject({
      status: null,
      level: null,
      submittedFrom: null,
      waitingMoreThanDays: null,
      orderBy: 'WAITING',
    });
  });

  it('keeps a track only with the Mentor level', () => {
    expect(read('level=IFS&track=POLICY').track).toBeNull();
    expect(levelOptionValue(withLevelOption(read(''), 'IMHM:POLICY'))).toBe('IMHM:POLICY');
    expect(withLevelOption(read('level=IMHM&track=POLICY'), 'IFA')).toMatchObject({
      level: 'IFA',
      track: null,
    });
  });

  it('builds the GraphQL filter, without the status for the counts', () => {
    const view = read('statuses=SUBMITTED&waitingMoreThanDays=0');
    expect(toQueueFilter(view)).toMatchObject({ statuses: ['SUBMITTED'], waitingMoreThanDays: 0 });
    expect(toQueueFilter(view, { withStatus: false }).statuses).toBeNull();
  });
});

describe('queueCsvUrl', () => {
  it('exports the whole queue without parameters', () => {
    expect(queueCsvUrl(read(''))).toBe('/api/exports/queue.csv');
  });

  it('carries the same filters and order as the table', () => {
    const view = withSortOption(read('statuses=ENDORSED&chapterId=c%202'), 'SUBMITTED_AT:DESC');
    expect(queueCsvUrl(view)).toBe(
      '/api/exports/queue.csv?statuses=ENDORSED&chapterId=c+2&orderBy=SUBMITTED_AT&direction=DESC',
    );
  });
});
