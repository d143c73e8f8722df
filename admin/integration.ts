import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { devHeaders } from './dev-headers.ts';
import { createLocalBackend, LOCAL_BACKEND_PATH } from './local-backend.ts';
import { ReloadGuard } from './reload-guard.ts';
import { filesChangedSince } from './settled-files.ts';

type Next = (error?: unknown) => void;

const SLUG_LETTERS = fileURLToPath(new URL('./slug-letters.ts', import.meta.url));

/** Where the dev server serves dependencies it has bundled for the browser. */
const PRE_BUNDLED_PATH = '/node_modules/.vite/deps/';
const INLINE_SOURCE_MAP = /\n\/\/# sourceMappingURL=data:[^\n]*\s*$/;

/** A module's code without the source map inlined at its end. */
export function stripInlineSourceMap(code: string): string {
  return code.replace(INLINE_SOURCE_MAP, '\n');
}

/**
 * Vite inlines a pre-bundled dependency's source map into every response: for
 * Decap, 27 MB of base64 the browser downloads and parses on each visit to
 * /admin/. Dependencies are served without it; the project's own modules keep theirs.
 */
function withoutInlineSourceMap(response: ServerResponse): void {
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    const body = typeof chunk === 'string' || Buffer.isBuffer(chunk) ? stripInlineSourceMap(chunk.toString()) : chunk;
    return end(body, ...rest);
  }) as typeof response.end;
}

/**
 * Mounts the local CMS backend into `astro dev`, so `npm start` serves the
 * site, /admin/ and the backend from one address on 127.0.0.1.
 */
export function localCmsBackend(): AstroIntegration {
  return {
    name: 'local-cms-backend',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        // In every build of /admin/ and in tests: Decap's file names from titles in any script (see slug-letters.ts).
        updateConfig({ vite: { resolve: { alias: [{ find: /^diacritics$/, replacement: SLUG_LETTERS }] } } });
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
        const guard = new ReloadGuard();
        const contentDir = fileURLToPath(new URL('content/', config.root));
        let announce: (file: string) => void = () => {};
        const handle = (request: IncomingMessage, response: ServerResponse, next: Next) => {
          const path = request.url?.split('?')[0] ?? '';
          for (const [name, value] of Object.entries(devHeaders(path, request.headers.host ?? ''))) {
            response.setHeader(name, value);
          }
          if (path.startsWith(PRE_BUNDLED_PATH)) withoutInlineSourceMap(response);
          if (path !== LOCAL_BACKEND_PATH) return next();
          guard.requestStarted();
          const started = Date.now();
          response.once('close', () => {
            guard.requestEnded();
            // What the request changed is read again now that Git is done with it (see settled-files.ts).
            for (const file of filesChangedSince(contentDir, started)) announce(file);
          });
          void backend.then((app) => (app ? app(request as never, response as never, next) : next()));
        };
        updateConfig({
          vite: {
            optimizeDeps: {
              // Everything the admin app imports is bundled for the browser when the dev server starts, not when
              // /admin/ first asks for it: a late discovery makes Vite reload every open page.
              entries: [fileURLToPath(new URL('./cms.ts', import.meta.url))],
              include: ['decap-cms-app', 'decap-cms-core/dist/esm/redux'],
              rolldownOptions: {
                // Some of Decap's dependencies read Node's `global`, which the production bundle maps and the
                // development pre-bundle does not.
                transform: { define: { global: 'globalThis' } },
                // Decap is 13 MB of unminified JavaScript; minified, /admin/ opens in a fraction of the time.
                output: { minify: true },
              },
            },
            plugins: [
              {
                name: 'local-cms-backend',
                // Runs after Astro has put its own middleware first, so /api/v1 is answered before the trailing-slash redirect.
                configureServer: (server) => {
                  announce = (file) => server.watcher.emit('change', file);
                  // Both ways Astro tells browsers to reload go through the guard.
                  for (const channel of new Set([server.environments.client.hot, server.ws])) {
                    const send = channel.send.bind(channel) as (...args: unknown[]) => void;
                    channel.send = ((...args: unknown[]) => {
                      if (!guard.holds(args[0])) send(...args);
                    }) as typeof channel.send;
                  }
                  return () => {
                    server.middlewares.stack.unshift({ route: '', handle: handle as never });
                  };
                },
              },
            ],
          },
        });
      },
    },
  };
}
