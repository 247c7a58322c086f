import { CURRENT_2024 } from '@imh/competencies';
import type { PrismaClient } from '@imh/db';

const COUNTIES = (
  'Alcona|Allegan|Alpena|Antrim|Barry|Bay|Benzie|Berrien|Branch|Calhoun|Cass|Charlevoix|Cheboygan|' +
  'Clare|Clinton|Delta|Eaton|Emmet|Genesee|Gratiot|Hillsdale|Huron|Ingham|Ionia|Isabella|Jackson|' +
  'Kalamazoo|Kent|Lapeer|Lenawee|Livingston|Macomb|Marquette|Midland|Monroe|Muskegon|Oakland|Ottawa|' +
  'Saginaw|Washtenaw|Wayne'
).split('|');

/**
 * An association for generated populations, found by its code or created, with `chapters` chapters
 * (created when missing). Chapter ids come back in a fixed order: the population puts the most members
 * in the first.
 */
export async function scaleAssociation(
  prisma: PrismaClient,
  opts: { code: string; name: string; chapters: number },
): Promise<{ associationId: string; chapterIds: string[] }> {
  const association =
    (await prisma.association.findUnique({ where: { code: opts.code } })) ??
    (await prisma.association.create({
      data: {
        code: opts.code,
        name: opts.name,
        ruleEdition: CURRENT_2024.id,
        settings: { graceDays: 60, suppressionThreshold: 11 },
      },
    }));
  const names = Array.from(
    { length: opts.chapters },
    (_, i) => `${COUNTIES[i] ?? `District ${i + 1}`} County`,
  );
  await prisma.chapter.createMany({
    data: names.map((name) => ({ associationId: association.id, name, region: opts.name })),
    skipDuplicates: true,
  });
  const chapters = await prisma.chapter.findMany({
    where: { associationId: association.id, name: { in: names } },
    select: { id: true, name: true },
  });
  const byName = new Map(chapters.map((c) => [c.name, c.id]));
  return { associationId: association.id, chapterIds: names.map((n) => byName.get(n) as string) };
}
