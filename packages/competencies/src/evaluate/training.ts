/**
 * Specialized in-service training hours.
 * Interpretations: the portfolio lists only specialized (relationship-based, IMH) in-service training;
 * the coordinator judges relevance when checking the file. A training counts from the day it was
 * completed; the initial application has no recency window (none is published). A training on
 * several topics (e.g. culturally responsive reflective supervision) counts toward each topic's part,
 * and once toward the total; the total of the 48-hour minimum still needs 48 distinct hours.
 */
import type { TrainingEntry, TrainingTopic } from '../portfolio';
import type { TrainingSpec } from '../requirements';
import type { RequirementResult } from '../result';
import { atLeast, type Context, floor2, plural, result, round2 } from './context';

export function trainingHoursBetween(
  trainings: readonly { entry: TrainingEntry; day: number }[],
  from: number,
  to: number,
  topic?: TrainingTopic,
): { hours: number; later: number } {
  let hours = 0;
  let later = 0;
  for (const { entry, day } of trainings) {
    if (topic && !entry.topics.includes(topic)) continue;
    if (day > to) later++;
    else if (day >= from) hours += entry.hours;
  }
  return { hours, later };
}

export const TOPIC_NAMES: Readonly<Record<TrainingTopic, string>> = {
  PROVIDING_RSC: 'on providing reflective supervision/consultation',
  DEI: 'on diversity, equity and inclusion',
};

export function evaluateTraining(ctx: Context, spec: TrainingSpec): RequirementResult {
  const { hours, later } = trainingHoursBetween(
    ctx.trainings,
    Number.NEGATIVE_INFINITY,
    ctx.asOf,
    spec.topic,
  );
  return result(
    spec,
    atLeast(hours, spec.minHours) ? 'met' : 'not_met',
    () => {
      const about = spec.topic ? ` ${TOPIC_NAMES[spec.topic]}` : '';
      const reasons = [
        `You have ${floor2(hours)} of ${spec.minHours} hours of training${about}; ${round2(spec.minHours - hours)} more needed.`,
      ];
      if (later > 0)
        reasons.push(`${plural(later, 'training')} dated after ${ctx.asOfIso} do not count yet.`);
      return reasons;
    },
    { have: floor2(hours), need: spec.minHours, unit: 'hours' },
  );
}
