import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { problemOfIssue, type ErrorCode, type ErrorResponse, type FieldError } from '@byg360/shared';
import type { z } from 'zod';
import { AppError, statusForCode, type ErrorReason } from '../lib/errors.ts';

const codeForStatus = (status: number): ErrorCode => {
  const found = (Object.entries(statusForCode) as [ErrorCode, number][]).find(([, s]) => s === status);
  return found?.[0] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION');
};

const body = (code: ErrorCode, message: string, fields?: FieldError[], reason?: ErrorReason): ErrorResponse => ({
  error: { code, message, ...(fields?.length ? { fields } : {}), ...reason },
});

/** One error format for the whole API: `{ error: { code, message, fields?, reason?, params? } }`; 5xx text is never shown. */
export default fp(async function errorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    if (err instanceof AppError) {
      if (err.headers) reply.headers(err.headers);
      return reply.code(statusForCode[err.code]).send(body(err.code, err.message, err.fields, err.reason));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.map((v): FieldError => {
        const message = v.message ?? 'Invalid value';
        // fastify-type-provider-zod keeps the rest of the zod issue in `params`, where a shared rule's problem (problemIssue) rides.
        const problem = problemOfIssue({ ...v.params, code: v.keyword, message, path: [] } as z.core.$ZodIssue);
        return { path: v.instancePath.replace(/^\//, '').replaceAll('/', '.'), message, ...(problem && { reason: problem.code, params: problem.params }) };
      });
      const where = err.validationContext ?? 'request';
      return reply.code(400).send(body('VALIDATION', `Invalid ${where}: ${fields.map((f) => `${f.path || where} ${f.message}`).join('; ')}`, fields));
    }
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 ? err.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err, url: request.url, method: request.method }, 'request failed');
      return reply.code(500).send(body('INTERNAL', 'Something went wrong on our side. Please try again.'));
    }
    return reply.code(status).send(body(codeForStatus(status), err.message));
  });

});
