import { evaluate, TARGETS, type Target } from '@imh/competencies';
import type { PrismaClient } from '@imh/db';
import { editionById, judgedApplicationInclude, rulesPortfolioOf } from '../src/applications/judge.ts';
import { toIsoDay } from '../src/calendar-day.ts';

export type RulesThroughput = {
  portfolios: number;
  asOf: string;
  edition: string;
  perTarget: { target: string; evaluationsPerSecond: number; eligibleShare: number }[];
};

const label = (t: Target) => ('track' in t && t.track ? `${t.level} ${t.track}` : t.level);

/**
 * evaluate() from @imh/competencies, as the API calls it, over real portfolios from the population:
 * `sample` applications' portfolios with their own evidence, each judged against every level and
 * Mentor track, one target at a time, on this (single) thread, for at least `seconds` per target.
 */
export async function rulesThroughput(
  prisma: PrismaClient,
  associationId: string,
  opts: { sample: number; seconds: number },
): Promise<RulesThroughput> {
  const apps = await prisma.application.findMany({
    where: { associationId },
    include: judgedApplicationInclude,
    orderBy: { id: 'asc' },
    take: opts.sample,
  });
  const portfolios = apps.map((a) => rulesPortfolioOf(a));
  const ruleEdition = apps[0]?.ruleEdition;
  if (!ruleEdition) throw new Error('no applications to judge');
  const edition = editionById(ruleEdition);
  const asOf = toIsoDay(new Date());
  const perTarget = [];
  for (const target of TARGETS) {
    const once = (i: number) =>
      evaluate(portfolios[i % portfolios.length] as never, target, { asOf, edition });
    for (let i = 0; i < 500; i++) once(i); // warm-up: let the JIT compile the hot paths
    let count = 0;
    let eligible = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < opts.seconds * 1000) {
      for (let i = 0; i < 200; i++) if (once(count + i).eligible) eligible++;
      count += 200;
      elapsed = performance.now() - start;
    }
    perTarget.push({
      target: label(target),
      evaluationsPerSecond: Math.round(count / (elapsed / 1000)),
      eligibleShare: Math.round((eligible / count) * 1000) / 1000,
    });
  }
  return { portfolios: portfolios.length, asOf, edition: edition.id, perTarget };
}
