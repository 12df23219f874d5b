import { z } from 'zod';

/** The small set of error codes the API uses; the server maps each to one HTTP status. */
export const errorCodes = [
  'VALIDATION',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** A text in both languages of the app (a category's name, say), for clients to pick from. */
export const localizedTextSchema = z.object({ da: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A value a problem's text names: a text, a number, a name in both languages, or a list of them. */
export const problemParamSchema = z.union([z.string(), z.number(), localizedTextSchema, z.array(z.union([z.string(), localizedTextSchema]))]);
export const problemParamsSchema = z.record(z.string(), problemParamSchema);
export type ProblemParams = z.infer<typeof problemParamsSchema>;

export const fieldErrorSchema = z.object({
  path: z.string().describe('dot-separated path of the offending field, e.g. "organisation.name"'),
  message: z.string(),
  reason: z
    .string()
    .optional()
    .describe('what exactly is wrong with the field, where a shared rule knows it (e.g. date.before_harvest), for clients to word in their language; clients that do not know it show the message'),
  params: problemParamsSchema.optional().describe('the values the reason’s text names (a date, the allowed units); names in both languages as { da, en }'),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    fields: z.array(fieldErrorSchema).optional(),
    reason: z
      .string()
      .optional()
      .describe('what exactly is wrong, finer than `code` (e.g. file.columns_missing), for clients to word in their language; clients that do not know it show the message'),
    params: problemParamsSchema
      .optional()
      .describe('the values the reason’s text names (limits, missing columns); names in both languages as { da, en }'),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
