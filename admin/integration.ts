import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createLocalBackend, LOCAL_BACKEND_PATH } from './local-backend.ts';

type Next = (error?: unknown) => void;

/**
 * Mounts the local CMS backend into `astro dev`, so `npm start` serves the
 * site, /admin/ and the backend from one address on 127.0.0.1.
 */
export function localCmsBackend(): AstroIntegration {
  return {
    name: 'local-cms-backend',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        // Only `astro dev` serves the CMS; Vitest also loads this configuration and needs no backend.
        if (command !== 'dev' || process.env.VITEST) return;
        const root = fileURLToPath(config.root);
        const backend = createLocalBackend(root).then(
          (app) => {
            logger.info(`CMS backend on ${LOCAL_BACKEND_PATH}: edits at /admin/ are saved in ${root}`);
            return app;
          },
          (error: Error) => {
            logger.warn(`The CMS cannot save locally: ${error.message}. Run "git init" in ${root} first.`);
            return undefined;
          },
        );
        const handle = (request: IncomingMessage, response: ServerResponse, next: Next) => {
          if (request.url?.split('?')[0] !== LOCAL_BACKEND_PATH) return next();
          void backend.then((app) => (app ? app(request as never, response as never, next) : next()));
        };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'local-cms-backend',
                // Runs after Astro has put its own middleware first, so /api/v1 is answered before the trailing-slash redirect.
                configureServer: (server) => () => {
                  server.middlewares.stack.unshift({ route: '', handle: handle as never });
                },
              },
            ],
          },
        });
      },
    },
  };
}
