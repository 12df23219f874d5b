import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  errorResponseSchema,
  idParamsSchema,
  photoListResponseSchema,
  photoParamsSchema,
  photoSchema,
  photoUploadRules,
  reorderPhotosBodySchema,
  uploadPhotoBodySchema,
} from '@byg360/shared';
import { AppError, invalid } from '../../../lib/errors.ts';
import { diskPhotoStorage, type PhotoStorage } from '../../../photos/photo-storage.ts';
import { addPhoto, listPhotos, removePhoto, reorderPhotos } from '../../../photos/photos-service.ts';
import serveUploads from '../../../photos/serve-uploads.ts';
import { bearer, errorResponses, optionalBearer } from '../../openapi.ts';

export interface PhotoPluginOptions {
  /** Where the renditions are stored; defaults to DATA_DIR/uploads, or a temporary directory without DATA_DIR. */
  uploadsDir?: string | undefined;
}

/**
 * Photos of lots: the API under /api/lots/:id/photos and the stored files under /uploads/.
 * Registered without a prefix because it serves both.
 */
export default async function photoRoutes(fastify: FastifyInstance, opts: PhotoPluginOptions) {
  const storage = await diskPhotoStorage(opts.uploadsDir ?? (await defaultUploadsDir(fastify)));
  await fastify.register(serveUploads, { root: storage.root });
  await fastify.register(photoApi, { prefix: '/api/lots', storage });
}

async function defaultUploadsDir(fastify: FastifyInstance) {
  if (fastify.config.dataDir) return path.join(fastify.config.dataDir, 'uploads');
  // No DATA_DIR (tests, in-memory databases): the photos live as long as the app.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'byg360-'));
  fastify.addHook('onClose', async () => rm(dir, { recursive: true, force: true }));
  return path.join(dir, 'uploads');
}

async function photoApi(fastify: FastifyInstance, { storage }: { storage: PhotoStorage }) {
  // Scoped to these routes: nowhere else accepts multipart bodies.
  await fastify.register(fastifyMultipart, {
    limits: { fileSize: photoUploadRules.maxBytes, files: 10, fields: 10, fieldSize: 1024, parts: 20 },
  });
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const errors = errorResponses;

  app.get('/:id/photos', {
    onRequest: app.identify,
    schema: { tags: ['photos'], summary: 'The photos of a lot in their order', security: optionalBearer, params: idParamsSchema, response: { 200: photoListResponseSchema, ...errors } },
  }, async (request) => ({ photos: await listPhotos(app.db, request.actor, request.params.id) }));

  app.post('/:id/photos', {
    onRequest: app.authenticate,
    schema: {
      tags: ['photos'],
      summary: 'Upload a photo (JPEG, PNG or WebP, at most 15 MB) in the multipart field "file"',
      description: 'The type is recognised by the content. The photo is re-encoded as WebP (display size and thumbnail) without any metadata; the first photo becomes the cover.',
      security: bearer,
      consumes: ['multipart/form-data'],
      params: idParamsSchema,
      body: uploadPhotoBodySchema,
      response: { 201: photoSchema, ...errors, 413: errorResponseSchema, 415: errorResponseSchema },
    },
  }, async (request, reply) => {
    const photo = await addPhoto(app.db, storage, request.actor!, request.params.id, () => readPhotoUpload(request), request.log);
    return reply.code(201).send(photo);
  });

  app.patch('/:id/photos', {
    onRequest: app.authenticate,
    schema: { tags: ['photos'], summary: 'Reorder the photos of a lot and choose the cover', security: bearer, params: idParamsSchema, body: reorderPhotosBodySchema, response: { 200: photoListResponseSchema, ...errors } },
  }, async (request) => ({ photos: await reorderPhotos(app.db, request.actor!, request.params.id, request.body) }));

  app.delete('/:id/photos/:photoId', {
    onRequest: app.authenticate,
    schema: { tags: ['photos'], summary: 'Remove a photo and its files', security: bearer, params: photoParamsSchema, response: { 204: z.null().describe('removed'), ...errors } },
  }, async (request, reply) => {
    await removePhoto(app.db, storage, request.actor!, request.params.id, request.params.photoId, request.log);
    return reply.code(204).send(null);
  });
}

const maxMb = photoUploadRules.maxBytes / (1024 * 1024);

/** Reads the one file of a multipart upload into memory, refusing it as soon as it passes the size limit. */
async function readPhotoUpload(request: FastifyRequest): Promise<Buffer> {
  const { RequestFileTooLargeError, FilesLimitError, PartsLimitError, FieldsLimitError, InvalidMultipartContentTypeError } = request.server.multipartErrors;
  let data: Buffer | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== photoUploadRules.field || data) {
        const message = data ? 'Send one photo per request' : `Send the photo in the field "${photoUploadRules.field}"`;
        throw invalid(message, [{ path: part.fieldname, message }]);
      }
      data = await part.toBuffer();
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (err instanceof RequestFileTooLargeError) throw new AppError('PAYLOAD_TOO_LARGE', `The photo is larger than ${maxMb} MB`);
    if (err instanceof FilesLimitError || err instanceof PartsLimitError || err instanceof FieldsLimitError) {
      throw new AppError('PAYLOAD_TOO_LARGE', 'Too many parts in the upload; send one photo per request');
    }
    if (err instanceof InvalidMultipartContentTypeError) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Send the photo as multipart/form-data in the field "${photoUploadRules.field}"`);
    }
    // Anything else here is a malformed or interrupted body, not a fault of ours.
    request.log.info({ err }, 'unreadable photo upload');
    throw invalid('The upload was incomplete or malformed');
  }
  if (!data) {
    const message = `No photo received: send it as multipart/form-data in the field "${photoUploadRules.field}"`;
    throw invalid(message, [{ path: photoUploadRules.field, message }]);
  }
  return data;
}
