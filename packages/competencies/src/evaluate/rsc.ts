/**
 * Reflective supervision/consultation (RSC) received.
 *
 * Interpretations:
 * - "N hours within a 1–2 year period": there must be a window of at most `maxMonths` calendar
 *   months that contains N hours, and the sessions counted must be spread over at least `minMonths`
 *   (first session's start to last session's end), because RSC is a relationship sustained over time.
 * - An entry (a logged period) counts in a window only if it lies entirely inside it: we do not know
 *   when within the period the hours were received, so we never prorate them. An entry longer than
 *   the window never counts, and the reasons ask the applicant to log it by shorter periods.
 * - Peer consultation without an identified provider never counts for an application, even when a
 *   colleague is endorsed (MassAIMH).
 * - A provider qualifies by the endorsement held when the RSC was received, as recorded on the entry.
 * - Individual and group RSC both count in full ("individually or in a group", MI-AIMH pages).
 */
import { type DayNumber, exceedsMonths, fromDay, spansMonths } from '../dates';
import { TRACK_NAMES } from '../levels';
import type { DegreeLevel, RscEntry } from '../portfolio';
import type { ProviderRule, RscSpec } from '../requirements';
import type { RequirementResult } from '../result';
import { atLeast, type Context, DEGREE_NAMES, degreeRank, floor2, plural, result, round2 } from './context';

export function providerQualifies(
  rules: readonly ProviderRule[],
  entry: RscEntry,
  applicantDegree: DegreeLevel,
): boolean {
  const held = entry.provider.endorsement;
  if (!held) return false;
  return rules.some(
    (rule) =>
      rule.level === held.level &&
      (rule.track === undefined || rule.track === held.track) &&
      (rule.providerMinDegree === undefined ||
        degreeRank(entry.provider.degree ?? 'NONE') >= degreeRank(rule.providerMinDegree)) &&
      (rule.applicantMaxDegree === undefined ||
        degreeRank(applicantDegree) <= degreeRank(rule.applicantMaxDegree)),
  );
}

export function describeProviders(rules: readonly ProviderRule[]): string {
  return rules
    .map((rule) => {
      const name = rule.track ? `${rule.level}-${TRACK_NAMES[rule.track]}` : rule.level;
      const degree = rule.providerMinDegree ? ` with ${DEGREE_NAMES[rule.providerMinDegree]}` : '';
      const who = rule.applicantMaxDegree
        ? ` (for applicants with at most ${DEGREE_NAMES[rule.applicantMaxDegree]})`
        : '';
      return `${name}${degree}${who}`;
    })
    .join(', ');
}

interface Session {
  start: DayNumber;
  end: DayNumber;
  hours: number;
  own: number;
}

export interface WindowResult {
  start: DayNumber;
  end: DayNumber;
  hours: number;
  own: number;
  spreadOk: boolean;
  met: boolean;
}

/** Met windows first; then most hours, then most hours about own RSC; ties keep the earliest start (sorted order). */
function isBetter(a: WindowResult, b: WindowResult): boolean {
  if (a.met !== b.met) return a.met;
  if (a.hours !== b.hours) return a.hours > b.hours;
  return a.own > b.own;
}

/** The best window: one meeting every condition if any does, otherwise the one with the most hours. */
export function bestWindow(
  sessions: readonly Session[],
  window: { minMonths: number; maxMonths: number },
  minHours: number,
  minOwn: number,
): WindowResult | undefined {
  const sorted = [...sessions].sort((a, b) => a.start - b.start || a.end - b.end);
  let best: WindowResult | undefined;
  for (let i = 0; i < sorted.length; i++) {
    const start = (sorted[i] as Session).start;
    // Sessions sharing a start day give the same window: evaluate it once, from the first of them.
    if (i > 0 && (sorted[i - 1] as Session).start === start) continue;
    let hours = 0;
    let own = 0;
    let last = start;
    for (let j = i; j < sorted.length; j++) {
      const s = sorted[j] as Session;
      if (exceedsMonths(start, s.start, window.maxMonths)) break;
      if (exceedsMonths(start, s.end, window.maxMonths)) continue;
      hours += s.hours;
      own += s.own;
      if (s.end > last) last = s.end;
    }
    const spreadOk = spansMonths(start, last, window.minMonths);
    const candidate = {
      start,
      end: last,
      hours,
      own,
      spreadOk,
      met: spreadOk && atLeast(hours, minHours) && atLeast(own, minOwn),
    };
    if (!best || isBetter(candidate, best)) best = candidate;
  }
  return best;
}

export function evaluateRsc(ctx: Context, spec: RscSpec): RequirementResult {
  const sessions: Session[] = [];
  let peerHours = 0;
  let wrongProviderHours = 0;
  let tooLong = 0;
  for (const { entry, start, end } of ctx.rsc) {
    if (end > ctx.asOf || end < start || entry.hours <= 0) continue;
    if (entry.peer) peerHours += entry.hours;
    else if (!providerQualifies(spec.providers, entry, ctx.highestDegree)) wrongProviderHours += entry.hours;
    else if (exceedsMonths(start, end, spec.window.maxMonths)) tooLong++;
    else
      sessions.push({ start, end, hours: entry.hours, own: entry.aboutApplicantsOwnRsc ? entry.hours : 0 });
  }
  const minOwn = spec.minHoursAboutOwnRsc ?? 0;
  const best = bestWindow(sessions, spec.window, spec.minHours, minOwn);
  return result(
    spec,
    best?.met ? 'met' : 'not_met',
    () => {
      const out: string[] = [];
      if (!best) {
        out.push(
          `No reflective supervision/consultation from a qualifying provider (${describeProviders(spec.providers)}) is recorded.`,
        );
      } else {
        const period = `${fromDay(best.start)} to ${fromDay(best.end)}`;
        if (!atLeast(best.hours, spec.minHours)) {
          out.push(
            `Your best ${spec.window.maxMonths}-month period (${period}) has ${floor2(best.hours)} of ${spec.minHours} hours; ${round2(spec.minHours - best.hours)} more needed.`,
          );
        }
        if (!best.spreadOk)
          out.push(
            `The hours must be spread over at least ${spec.window.minMonths} months; ${period} is shorter.`,
          );
        if (!atLeast(best.own, minOwn)) {
          out.push(
            `At least ${minOwn} of the hours must be about the RSC you provide; that period has ${floor2(best.own)}.`,
          );
        }
      }
      if (wrongProviderHours > 0) {
        out.push(
          `${round2(wrongProviderHours)} hours from providers who are not ${describeProviders(spec.providers)} do not count.`,
        );
      }
      if (peerHours > 0)
        out.push(
          `${round2(peerHours)} hours of peer consultation without an identified provider do not count.`,
        );
      if (tooLong > 0)
        out.push(
          `${plural(tooLong, 'entry', 'entries')} cover more than ${spec.window.maxMonths} months; log them by shorter periods.`,
        );
      return out;
    },
    { have: floor2(best ? best.hours : 0), need: spec.minHours, unit: 'hours' },
  );
}
