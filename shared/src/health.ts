import { z } from 'zod';

export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  db: z.enum(['pglite', 'postgres']),
  search: z.enum(['postgres', 'meilisearch']),
  version: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;

export const clientConfigSchema = z.object({
  tileUrl: z.string(),
  earlyAccessHours: z.number(),
  reservationResponseHours: z.number(),
});
export type ClientConfig = z.infer<typeof clientConfigSchema>;
