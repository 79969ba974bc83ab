import { z } from 'zod';
import { areaIdSchema, termIdSchema } from './ids';

export { areaIdSchema, termIdSchema };

const oneLine = z
  .string()
  .trim()
  .min(1)
  .refine((s) => !/[\r\n]/.test(s), 'must be a single line');

export const entrySchema = z
  .object({
    id: termIdSchema,
    term: oneLine.pipe(z.string().max(80)),
    aliases: z.array(oneLine.pipe(z.string().max(80))).default([]),
    /** `exact`: every form of the term matches only in the case written. */
    case: z.literal('exact').optional(),
    areas: z.array(areaIdSchema).min(1),
    short: oneLine.pipe(z.string().max(200, 'must be at most 200 characters')),
    body: z.string().trim().min(1),
    related: z.array(termIdSchema).default([]),
    /**
     * Spellings (the term or aliases) that are ordinary English too ("gas", "long", "Curve"):
     * each is lit only where its sense is confirmed (lib/match/ambiguity.ts), while the
     * entry's other spellings ("gas fee", "Curve Finance") are lit anywhere.
     */
    weak: z.array(oneLine.pipe(z.string().max(80))).optional(),
    /** Words near a weak spelling that confirm the crypto sense. */
    context: z.array(oneLine).optional(),
    /** A term of traditional finance too: alone it does not make a page read as crypto. */
    general: z.boolean().optional(),
  })
  .strict();

export const areaSchema = z
  .object({
    id: areaIdSchema,
    name: oneLine,
    description: oneLine.optional(),
    /** Terms of traditional finance too (options, futures, markets): they alone do not make a page read as crypto. */
    general: z.boolean().optional(),
    /**
     * 'markets' for areas of trading words (options, futures, markets): an ambiguous word
     * there is confirmed by other market terms in its block, not by chain terms.
     */
    family: z.enum(['chain', 'markets']).optional(),
  })
  .strict();

/** One source file in data/glossary/: an area and the entries it owns. */
export const areaFileSchema = z
  .object({
    area: areaSchema,
    entries: z.array(entrySchema),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof entrySchema>;
export type GlossaryArea = z.infer<typeof areaSchema>;
