/**
 * The records qawl emits. zod schemas are the single definition: TypeScript types are inferred from them
 * and JSON Schema is generated from them (`qawl schema`). Field names are a contract read by external
 * scorers: add fields freely, never rename.
 */
import { z } from 'zod';

export const SpanSchema = z.object({
  start: z.number().int().nonnegative().describe('UTF-16 offset into the original text, inclusive'),
  end: z.number().int().nonnegative().describe('UTF-16 offset into the original text, exclusive'),
});

export const TextSpanSchema = SpanSchema.extend({
  text: z.string().describe('text.slice(start, end) of the original input'),
});

export const EntityTypeSchema = z.enum(['PERS', 'ORG', 'LOC', 'MISC']);

export const MentionSchema = TextSpanSchema.extend({
  type: EntityTypeSchema.optional(),
});

export const EntitySchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string().describe('canonical name: the fullest form found in the document, without titles'),
  mentions: z.array(MentionSchema),
});

export const StanceSchema = z.enum(['assert', 'deny', 'accuse', 'announce', 'warn', 'demand', 'question', 'reveal']);

export const SpeakerKindSchema = z.enum(['explicit', 'implicit', 'anonymous']);

export const SpeakerSchema = z.object({
  text: z.string().nullable().describe('the speaker mention as written at this claim, or null (pro-drop, participle)'),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  name: z.string().describe('resolved canonical name of the source'),
  entityId: z.string().nullable(),
  kind: SpeakerKindSchema,
  role: z.string().nullable().describe('appositive role or position phrase, if any'),
  type: z.enum(['PERS', 'ORG', 'GPE', 'ANON']).optional(),
});

export const CueSchema = TextSpanSchema.extend({
  lemma: z.string(),
});

export const ClaimSchema = z.object({
  id: z.string(),
  cue: CueSchema,
  speaker: SpeakerSchema.nullable(),
  content: TextSpanSchema,
  direct: z.boolean().describe('true when the content is inside quotation marks'),
  stance: StanceSchema,
  places: z.array(z.string()).describe('names of places (LOC entities) inside the content'),
  targets: z.array(z.string()).describe('names of PERS/ORG entities inside the content'),
  allegation: z.boolean().optional().describe('the claim accuses or charges a target'),
  confidence: z.number().min(0).max(1),
});

export const PlaceSchema = z.object({
  entityId: z.string(),
  name: z.string(),
  geonameId: z.number().int().nullable(),
  countryCode: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  featureClass: z.string().nullable().optional().describe("'country', 'city' or another GeoNames class"),
});

export const DocumentSchema = z.object({
  id: z.string(),
  language: z.string().describe("'ar' or 'en'"),
  text: z.string().optional(),
  sentences: z.array(SpanSchema),
  entities: z.array(EntitySchema),
  claims: z.array(ClaimSchema),
  places: z.array(PlaceSchema),
  meta: z.object({
    version: z.string(),
    ner: z.string(),
    timings: z.record(z.string(), z.number()).describe('milliseconds per stage'),
  }),
});

export const ErrorRecordSchema = z.object({
  id: z.string(),
  error: z.string(),
  source: z.string().optional().describe('file (and line) the input came from'),
});

export type Span = z.infer<typeof SpanSchema>;
export type TextSpan = z.infer<typeof TextSpanSchema>;
export type EntityType = z.infer<typeof EntityTypeSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Stance = z.infer<typeof StanceSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Cue = z.infer<typeof CueSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type QawlDocument = z.infer<typeof DocumentSchema>;
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;

/** JSON Schema (draft 2020-12) of every record, generated from the zod schemas. */
export function jsonSchemas(): Record<string, unknown> {
  const defs = { Document: DocumentSchema, Entity: EntitySchema, Claim: ClaimSchema, Place: PlaceSchema, Error: ErrorRecordSchema };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(defs)) out[k] = z.toJSONSchema(v);
  return out;
}
