import { z } from 'zod';
import { idSchema } from './common.ts';
import { photoSchema } from './lots.ts';

/** What the server accepts as a lot photo; the web client checks the same before uploading. */
export const photoUploadRules = {
  maxBytes: 15 * 1024 * 1024,
  /** Recognised by the file's content, never by its name or declared type. */
  formats: ['jpeg', 'png', 'webp'] as const,
  mimeTypes: ['image/jpeg', 'image/png', 'image/webp'] as const,
  maxMegapixels: 50,
  maxPerLot: 20,
  /** The multipart field that carries the file. */
  field: 'file',
} as const;

export const photoParamsSchema = z.object({ id: idSchema, photoId: idSchema });

/** For the OpenAPI document only: the upload is multipart/form-data, read as a stream by the server. */
export const uploadPhotoBodySchema = z
  .object({ file: z.any().meta({ type: 'string', format: 'binary', description: 'JPEG, PNG or WebP, at most 15 MB' }) })
  .nullish();

export const reorderPhotosBodySchema = z
  .object({
    order: z
      .array(idSchema)
      .min(1, 'List the lot’s photos in their new order')
      .max(photoUploadRules.maxPerLot)
      .refine((ids) => new Set(ids).size === ids.length, 'Each photo may appear only once')
      .describe('every photo id of the lot, in the new order'),
    coverId: idSchema.optional().describe('the photo to show first in lists; unchanged when left out'),
  })
  .superRefine((body, ctx) => {
    if (body.coverId && !body.order.includes(body.coverId)) {
      ctx.addIssue({ code: 'custom', path: ['coverId'], message: 'The cover must be one of the photos in order' });
    }
  });
export type ReorderPhotosBody = z.input<typeof reorderPhotosBodySchema>;

export const photoListResponseSchema = z.object({ photos: z.array(photoSchema) });
export type PhotoListResponse = z.infer<typeof photoListResponseSchema>;
