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
import {
  atLeast,
  type Context,
  DEGREE_NAMES,
  degreeRank,
  floor2,
  memoize,
  plural,
  result,
  round2,
} from './context';

export function providerQualifies(
  rules: readonly ProviderRule[],
  entry: RscEntry,
  applicantDegree: DegreeLevel,
): boolean {
  const held = entry.provider.endorsement;
  if (!held) return false;
  // A plain loop: `some` with a closure was allocated per entry and per rule set on the hot path.
  for (const rule of rules) {
    if (
      rule.level === held.level &&
      (rule.track === undefined || rule.track === held.track) &&
      (rule.providerMinDegree === undefined ||
        degreeRank(entry.provider.degree ?? 'NONE') >= degreeRank(rule.providerMinDegree)) &&
      (rule.applicantMaxDegree === undefined ||
        degreeRank(applicantDegree) <= degreeRank(rule.applicantMaxDegree))
    )
      return true;
  }
  return false;
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

/** What one window start contains; independent of the minimums, so shared by every spec with the same sessions. */
interface WindowCandidate {
  start: DayNumber;
  end: DayNumber;
  hours: number;
  own: number;
  spreadOk: boolean;
}

interface WindowResult extends WindowCandidate {
  met: boolean;
}

/**
 * One candidate per distinct session start, from sessions sorted by start then end. Sessions sharing
 * a start day give the same window, so it is evaluated once, from the first of them.
 */
function windowCandidates(
  sorted: readonly Session[],
  window: { minMonths: number; maxMonths: number },
): WindowCandidate[] {
  const out: WindowCandidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = (sorted[i] as Session).start;
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
    out.push({ start, end: last, hours, own, spreadOk: spansMonths(start, last, window.minMonths) });
  }
  return out;
}

const meets = (c: WindowCandidate, minHours: number, minOwn: number) =>
  c.spreadOk && atLeast(c.hours, minHours) && atLeast(c.own, minOwn);

/** Met windows first; then most hours, then most hours about own RSC; ties keep the earliest start (sorted order). */
function pickBest(
  candidates: readonly WindowCandidate[],
  minHours: number,
  minOwn: number,
): WindowResult | undefined {
  let best: WindowCandidate | undefined;
  let bestMet = false;
  for (const c of candidates) {
    const met = meets(c, minHours, minOwn);
    if (!best || (met !== bestMet ? met : c.hours !== best.hours ? c.hours > best.hours : c.own > best.own)) {
      best = c;
      bestMet = met;
    }
  }
  if (!best) return undefined;
  // A literal, not `{ ...best, met }`: that spread cost more than the whole window search.
  const { start, end, hours, own, spreadOk } = best;
  return { start, end, hours, own, spreadOk, met: bestMet };
}

interface RscCount {
  candidates: readonly WindowCandidate[];
  peerHours: number;
  wrongProviderHours: number;
  tooLong: number;
}

/** A window search already run for this portfolio: which entries counted, and the window bounds. */
interface WindowSearch {
  counted: readonly boolean[];
  maxMonths: number;
  minMonths: number;
  candidates: readonly WindowCandidate[];
}

const noSearches = (): WindowSearch[] => [];

function sameEntries(a: readonly boolean[], b: readonly boolean[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Sorts the entries into peer, wrong-provider, too-long and counted ones, and finds the windows of the
 * counted ones. Levels whose provider rules accept the same entries (the usual case: every provider
 * is a Mentor) share one window search per prepared portfolio; comparing the flags is cheaper than
 * building a string key.
 */
function countRsc(ctx: Context, spec: RscSpec): RscCount {
  let peerHours = 0;
  let wrongProviderHours = 0;
  let tooLong = 0;
  const { maxMonths, minMonths } = spec.window;
  const counted: boolean[] = [];
  // The hour sums run in portfolio order, as they always have, so floating-point totals do not change.
  for (let i = 0; i < ctx.rsc.length; i++) {
    const { entry, start, end } = ctx.rsc[i] as Context['rsc'][number];
    counted.push(false);
    if (end > ctx.asOf || end < start || entry.hours <= 0) continue;
    if (entry.peer) peerHours += entry.hours;
    else if (!providerQualifies(spec.providers, entry, ctx.highestDegree)) wrongProviderHours += entry.hours;
    else if (exceedsMonths(start, end, maxMonths)) tooLong++;
    else counted[i] = true;
  }
  const searches = memoize(ctx, 'rsc window searches', noSearches);
  let search = searches.find(
    (s) => s.maxMonths === maxMonths && s.minMonths === minMonths && sameEntries(s.counted, counted),
  );
  if (!search) {
    // ctx.rscOrder is the stable (start, end) order, so sessions come out as the old per-call sort left them.
    const sessions: Session[] = [];
    for (const index of ctx.rscOrder) {
      if (!counted[index]) continue;
      const { entry, start, end } = ctx.rsc[index] as Context['rsc'][number];
      sessions.push({ start, end, hours: entry.hours, own: entry.aboutApplicantsOwnRsc ? entry.hours : 0 });
    }
    search = { counted, maxMonths, minMonths, candidates: windowCandidates(sessions, spec.window) };
    searches.push(search);
  }
  return { candidates: search.candidates, peerHours, wrongProviderHours, tooLong };
}

export function evaluateRsc(ctx: Context, spec: RscSpec): RequirementResult {
  const { candidates, peerHours, wrongProviderHours, tooLong } = countRsc(ctx, spec);
  const minOwn = spec.minHoursAboutOwnRsc ?? 0;
  const best = pickBest(candidates, spec.minHours, minOwn);
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
