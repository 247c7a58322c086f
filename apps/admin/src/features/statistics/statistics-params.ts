import type { LevelCode } from '../../gql/graphql';
import { LEVELS } from '../reviewers/qualifications';

/** What the statistics page shows, as its URL carries it (`from`, `to`, `level`, `chapter`, `association`). */
export interface StatisticsView {
  /** Calendar days (YYYY-MM-DD); null leaves the range to the API (the last two years, whole months). */
  from: string | null;
  to: string | null;
  level: LevelCode | null;
  chapterId: string | null;
  /** Only for a coordinator of several associations: which one "all chapters" means. */
  associationId: string | null;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
const isoDay = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
const nonEmpty = (value: string | null) => value?.trim() || null;

/** Reads the view from the URL; anything malformed is left out rather than sent to the API. */
export const readStatisticsView = (params: URLSearchParams): StatisticsView => {
  const chapterId = nonEmpty(params.get('chapter'));
  return {
    from: isoDay(params.get('from')),
    to: isoDay(params.get('to')),
    level: oneOf(LEVELS, params.get('level')),
    chapterId,
    // A chapter belongs to one association, so the chapter alone says whose statistics these are.
    associationId: chapterId ? null : nonEmpty(params.get('association')),
  };
};

/** The view as URL parameters, leaving out what is unset. */
export const writeStatisticsView = (view: StatisticsView): URLSearchParams => {
  const params = new URLSearchParams();
  const entries = {
    from: view.from,
    to: view.to,
    level: view.level,
    chapter: view.chapterId,
    association: view.chapterId ? null : view.associationId,
  };
  for (const [name, value] of Object.entries(entries)) if (value) params.set(name, value);
  return params;
};

/** Why the range cannot be asked for, or null; the API refuses it too, this only says so sooner. */
export const rangeError = (view: StatisticsView): string | null =>
  view.from && view.to && view.from > view.to ? 'The end is before the start.' : null;

interface Viewer {
  isCoordinator: boolean;
  /**
   * The association "all chapters" means when the URL names none: the API picks the only one itself,
   * but a coordinator of several must name one.
   */
  defaultAssociationId: string | null;
}

/**
 * The `chapterStatistics` arguments. A chapter analyst sends no ids, and the API answers with their
 * chapter; a coordinator gets the association unless they chose a chapter.
 */
export const toStatisticsVariables = (view: StatisticsView, viewer: Viewer) => ({
  from: view.from,
  to: view.to,
  level: view.level,
  chapterId: viewer.isCoordinator ? view.chapterId : null,
  associationId:
    viewer.isCoordinator && !view.chapterId ? (view.associationId ?? viewer.defaultAssociationId) : null,
});

interface AssociationChoice {
  id: string;
  name: string;
  chapters: readonly { id: string; name: string }[];
}

const ASSOCIATION_PREFIX = 'association:';

/**
 * The "Chapter" options: "All chapters" and each chapter. A coordinator of several associations gets
 * one group per association, each with its own "All chapters".
 */
export const chapterOptions = (associations: readonly AssociationChoice[]) => {
  const chapters = (association: AssociationChoice) =>
    association.chapters.map((chapter) => ({ value: chapter.id, label: chapter.name }));
  if (associations.length <= 1) {
    return [{ value: '', label: 'All chapters' }, ...associations.flatMap(chapters)];
  }
  return associations.map((association) => ({
    group: association.name,
    items: [
      { value: `${ASSOCIATION_PREFIX}${association.id}`, label: `All chapters of ${association.name}` },
      ...chapters(association),
    ],
  }));
};

/** The option the view selects; with several associations, "all chapters" always names one. */
export const chapterOptionValue = (view: StatisticsView, defaultAssociationId: string | null): string => {
  if (view.chapterId) return view.chapterId;
  const associationId = view.associationId ?? defaultAssociationId;
  return associationId ? `${ASSOCIATION_PREFIX}${associationId}` : '';
};

export const withChapterOption = (view: StatisticsView, value: string): StatisticsView =>
  value.startsWith(ASSOCIATION_PREFIX)
    ? { ...view, chapterId: null, associationId: value.slice(ASSOCIATION_PREFIX.length) || null }
    : { ...view, chapterId: value || null, associationId: null };

/** The association "all chapters" means by default: the first, when there is more than one. */
export const defaultAssociationId = (associations: readonly { id: string }[]): string | null =>
  associations.length > 1 ? (associations[0]?.id ?? null) : null;
