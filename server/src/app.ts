import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import authPlugin from './plugins/auth.ts';
import configPlugin from './plugins/config.ts';
import dbPlugin from './plugins/db.ts';
import errorHandler from './plugins/error-handler.ts';
import searchCachePlugin from './plugins/search-cache.ts';
import swagger from './plugins/swagger.ts';
import webClient from './plugins/web-client.ts';
import adminRoutes from './routes/api/admin/index.ts';
import authRoutes from './routes/api/auth/index.ts';
import categoryRoutes from './routes/api/categories/index.ts';
import healthRoutes from './routes/api/health/index.ts';
import meRoutes from './routes/api/me/index.ts';
import lotRoutes from './routes/api/lots/index.ts';
import organisationRoutes from './routes/api/organisations/index.ts';
import projectRoutes from './routes/api/projects/index.ts';
import clientConfigRoutes from './routes/api/config/index.ts';
import notificationRoutes from './routes/api/notifications/index.ts';
import reservationRoutes from './routes/api/reservations/index.ts';
import photoRoutes from './routes/api/photos/index.ts'; // photos
import importRoutes from './routes/api/imports/index.ts'; // inventory import
import plannedDemolitionRoutes from './routes/api/planned-demolitions/index.ts'; // potential supply
import reportRoutes from './routes/api/reports/index.ts'; // reports, exports, factors
import searchRoutes from './routes/api/search/index.ts'; // search
import mapRoutes from './routes/api/map/index.ts'; // map clusters
import wantedRoutes from './routes/api/wanted/index.ts'; // wanted posts

export interface AppOptions {
  config: Config;
  database: Database;
  /** Directory of the built web client; defaults to web/dist. */
  webRoot?: string;
  /** Where uploaded photos are stored; defaults to DATA_DIR/uploads. */
  uploadsDir?: string;
}

/** The whole application as one plugin: external plugins, then ours, then the routes. */
export default async function app(fastify: FastifyInstance, opts: AppOptions) {
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);

  const tileOrigin = safeOrigin(opts.config.tileUrl);
  await fastify.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...(tileOrigin ? [tileOrigin] : [])],
        // The component library injects its CSS variables at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        // Upgrading would break a plain-HTTP demo reached by IP address; production runs behind TLS anyway.
        upgradeInsecureRequests: opts.config.env === 'production' ? [] : null,
      },
    },
  });
  if (opts.config.corsOrigin) {
    await fastify.register(fastifyCors, { origin: opts.config.corsOrigin.split(',').map((s) => s.trim()), credentials: true });
  }

  await fastify.register(configPlugin, { config: opts.config });
  await fastify.register(dbPlugin, { database: opts.database });
  await fastify.register(errorHandler);
  await fastify.register(swagger);
  await fastify.register(authPlugin);
  await fastify.register(searchCachePlugin);

  await fastify.register(healthRoutes, { prefix: '/api/health' });
  await fastify.register(authRoutes, { prefix: '/api/auth' });
  await fastify.register(meRoutes, { prefix: '/api/me' });
  await fastify.register(categoryRoutes, { prefix: '/api/categories' });
  await fastify.register(organisationRoutes, { prefix: '/api' });
  await fastify.register(adminRoutes, { prefix: '/api/admin' });
  await fastify.register(projectRoutes, { prefix: '/api/projects' });
  await fastify.register(lotRoutes, { prefix: '/api/lots' });
  await fastify.register(reservationRoutes, { prefix: '/api' });
  await fastify.register(notificationRoutes, { prefix: '/api/notifications' });
  await fastify.register(clientConfigRoutes, { prefix: '/api/config' });
  await fastify.register(photoRoutes, { uploadsDir: opts.uploadsDir }); // photos: /api/lots/:id/photos and /uploads/
  await fastify.register(importRoutes, { prefix: '/api' }); // inventory import: /api/projects/:id/lots/import, /api/imports/*
  await fastify.register(plannedDemolitionRoutes, { prefix: '/api/planned-demolitions' }); // potential supply
  await fastify.register(reportRoutes, { prefix: '/api' }); // /api/reports/*, /api/exports/*, /api/material-intensities, /api/admin/{material-intensities,categories}/:id
  await fastify.register(searchRoutes, { prefix: '/api/search' });
  await fastify.register(mapRoutes, { prefix: '/api/map' });
  await fastify.register(wantedRoutes, { prefix: '/api/wanted' });

  await fastify.register(webClient, opts.webRoot ? { root: opts.webRoot } : {});
}

function safeOrigin(url: string): string | null {
  try {
    // Tile templates hold {s}, {z}… which URL() accepts in the host only once replaced.
    return new URL(url.replace('{s}', 'a')).origin.replace('://a.', '://*.');
  } catch {
    return null;
  }
}
