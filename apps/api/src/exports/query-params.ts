import { decodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import {
  DEFAULT_QUEUE_ORDER,
  QUEUE_SORT_FIELDS,
  type QueueFilter,
  type QueueOrder,
} from '../queue/filter.ts';

const STATUSES = [
  'SUBMITTED',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'RESUBMITTED',
  'EXAM_PENDING',
  'ENDORSED',
  'DENIED',
  'WITHDRAWN',
] as const;
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD.');
// `?statuses=A,B` and `?statuses=A&statuses=B` both work, as forms and links write them.
const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).filter(Boolean));

const schema = z.object({
  statuses: list.pipe(z.array(z.enum(STATUSES))).optional(),
  level: z.enum(['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM']).optional(),
  track: z.enum(['CLINICAL', 'POLICY', 'RESEARCH_FACULTY']).optional(),
  chapterId: z.string().min(1).optional(),
  submittedFrom: isoDay.optional(),
  submittedTo: isoDay.optional(),
  waitingMoreThanDays: z.coerce.number().int().min(0).optional(),
  reviewerId: z
    .string()
    .transform((id, ctx) => {
      try {
        const decoded = decodeGlobalID(id);
        if (decoded.typename === 'User') return decoded.id;
      } catch {}
      ctx.addIssue({ code: 'custom', message: 'reviewerId must be a User id.' });
      return z.NEVER;
    })
    .optional(),
  orderBy: z.enum(QUEUE_SORT_FIELDS).optional(),
  direction: z.enum(['ASC', 'DESC']).optional(),
});

/**
 * The queue CSV's URL parameters: the GraphQL filter's fields by the same names (reviewerId a global
 * id), plus orderBy and direction. Returns the problems in words when they do not parse.
 */
export function parseQueueParams(
  query: unknown,
): { ok: true; filter: QueueFilter; order: QueueOrder } | { ok: false; error: string } {
  const parsed = schema.safeParse(query);
  if (!parsed.success) {
    return {
      ok: false,
      error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    };
  }
  const { orderBy, direction, ...filter } = parsed.data;
  return {
    ok: true,
    filter,
    order: orderBy ? { field: orderBy, direction: direction ?? 'ASC' } : DEFAULT_QUEUE_ORDER,
  };
}
