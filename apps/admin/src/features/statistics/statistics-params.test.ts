import { describe, expect, it } from 'vitest';
import {
  chapterOptions,
  chapterOptionValue,
  defaultAssociationId,
  rangeError,
  readStatisticsView,
  toStatisticsVariables,
  withChapterOption,
  writeStatisticsView,
} from './statistics-params';

const read = (query: string) => readStatisticsView(new URLSearchParams(query));
const coordinator = { isCoordinator: true, defaultAssociationId: null };
const analyst = { isCoordinator: false, defaultAssociationId: null };

describe('statistics view in the URL', () => {
  it('opens on the API’s default range, every level and the whole scope', () => {
    expect(read('')).toEqual({ from: null, to: null, level: null, chapterId: null, associationId: null });
    expect(writeStatisticsView(read('')).toString()).toBe('');
  });

  it('round-trips a range, a level and a chapter', () => {
    const query = 'from=2025-01-01&to=2025-12-31&level=IMHM&chapter=c-washtenaw';
    expect(read(query)).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      level: 'IMHM',
      chapterId: 'c-washtenaw',
      associationId: null,
    });
    expect(writeStatisticsView(read(query)).toString()).toBe(query);
  });

  it('ignores malformed values rather than sending them to the API', () => {
    expect(read('from=2025-13&to=yesterday&level=IMH&chapter=%20')).toEqual(read(''));
  });

  it('lets a chapter decide the association', () => {
    expect(read('chapter=c1&association=a2').associationId).toBeNull();
    expect(writeStatisticsView({ ...read('association=a2'), chapterId: 'c1' }).toString()).toBe('chapter=c1');
  });

  it('says when the range ends before it starts', () => {
    expect(rangeError(read('from=2026-02-01&to=2026-01-31'))).toBe('The end is before the start.');
    expect(rangeError(read('from=2026-01-31&to=2026-01-31'))).toBeNull();
    expect(rangeError(read('from=2026-01-31'))).toBeNull();
  });
});

describe('toStatisticsVariables', () => {
  it('gives a coordinator the chapter they chose, or the association', () => {
    expect(toStatisticsVariables(read('chapter=c1&level=IFS'), coordinator)).toEqual({
      from: null,
      to: null,
      level: 'IFS',
      chapterId: 'c1',
      associationId: null,
    });
    expect(toStatisticsVariables(read('from=2025-03-15'), coordinator)).toEqual({
      from: '2025-03-15',
      to: null,
      level: null,
      chapterId: null,
      associationId: null,
    });
  });

  it('names the first association for a coordinator of several, unless the URL names one', () => {
    const several = { isCoordinator: true, defaultAssociationId: 'a1' };
    expect(toStatisticsVariables(read(''), several).associationId).toBe('a1');
    expect(toStatisticsVariables(read('association=a2'), several).associationId).toBe('a2');
    expect(toStatisticsVariables(read('chapter=c9'), several).associationId).toBeNull();
  });

  it('sends no ids for a chapter analyst, whom the API answers with their chapter', () => {
    const variables = toStatisticsVariables(read('chapter=c-other&association=a2&level=IFA'), analyst);
    expect(variables).toMatchObject({ chapterId: null, associationId: null, level: 'IFA' });
  });
});

describe('the Chapter select', () => {
  const mi = { id: 'a1', name: 'MI-AIMH', chapters: [{ id: 'c1', name: 'Washtenaw' }] };
  const va = { id: 'a2', name: 'VA-AIMH', chapters: [{ id: 'c2', name: 'Richmond' }] };

  it('offers all chapters and each chapter of the one association', () => {
    expect(chapterOptions([mi])).toEqual([
      { value: '', label: 'All chapters' },
      { value: 'c1', label: 'Washtenaw' },
    ]);
    expect(defaultAssociationId([mi])).toBeNull();
    expect(chapterOptionValue(read(''), null)).toBe('');
    expect(withChapterOption(read('chapter=c1'), '')).toEqual(read(''));
  });

  it('groups several associations, each with its own "all chapters"', () => {
    expect(chapterOptions([mi, va])[1]).toEqual({
      group: 'VA-AIMH',
      items: [
        { value: 'association:a2', label: 'All chapters of VA-AIMH' },
        { value: 'c2', label: 'Richmond' },
      ],
    });
    expect(chapterOptionValue(read(''), defaultAssociationId([mi, va]))).toBe('association:a1');
    expect(withChapterOption(read('chapter=c1'), 'association:a2')).toEqual(read('association=a2'));
    expect(withChapterOption(read('association=a2'), 'c2')).toEqual(read('chapter=c2'));
  });
});
