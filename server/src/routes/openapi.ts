import { errorResponseSchema } from '@byg360/shared';

type Security = { [scheme: string]: string[] }[];

/** OpenAPI security of routes that need a Bearer token, and of routes where it is optional. */
export const bearer: Security = [{ bearerAuth: [] }];
export const optionalBearer: Security = [{ bearerAuth: [] }, {}];

/** The error responses most routes can give, all in the one error format. */
export const errorResponses = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};
