declare module 'decap-server/dist/middlewares.js' {
  import type { Express } from 'express';

  const middlewares: {
    /** Mounts Decap's Git proxy on POST /api/v1 for the repository in GIT_REPO_DIRECTORY (or the working directory). */
    registerLocalGit(app: Express, options?: { logLevel?: string }): Promise<void>;
  };
  export default middlewares;
}

declare module 'decap-cms-core/dist/esm/redux' {
  /** The Redux store of the Decap app on the page. */
  export const store: { getState(): unknown; subscribe(listener: () => void): () => void };
}

declare module 'decap-cms-core/dist/esm/formats/frontmatter' {
  interface FrontmatterFormatter {
    fromFile(content: string): Record<string, unknown>;
    toFile(data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>): string;
  }
  /** Decap's front matter format: YAML between --- lines, then the body. */
  export function frontmatterYAML(): FrontmatterFormatter;
  /** The `frontmatter` format: YAML, TOML or JSON front matter, told by its first line; written as YAML. */
  export const FrontmatterInfer: FrontmatterFormatter;
}

declare module 'decap-cms-core/dist/esm/formats/yaml' {
  /** Decap's YAML format for data files. */
  const yamlFormat: {
    fromFile(content: string): Record<string, unknown>;
    toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
  };
  export default yamlFormat;
}

declare module 'decap-cms-core/dist/esm/lib/urlHelper.js' {
  /** How Decap turns a title into an entry's file name, with the `slug` settings of the configuration. */
  export function sanitizeSlug(
    text: string,
    options?: { encoding?: string; clean_accents?: boolean; sanitize_replacement?: string },
  ): string;
}

declare module 'decap-cms-core/dist/esm/backend' {
  /** Decap's backend facade: one instance per configured backend, its methods on the prototype. */
  export class Backend {
    listEntries(collection: { get(key: 'name'): string }): Promise<{ entries: unknown[]; cursor?: unknown }>;
    listAllEntries(collection: { get(key: 'name'): string }): Promise<unknown[]>;
  }
}

declare module 'decap-cms-backend-proxy' {
  /** Decap's backend for a local proxy server (decap-server): one instance per app, its methods on the prototype. */
  export class ProxyBackend {
    /** Posts one action to the local backend, with the branch; its JSON answer. */
    request(payload: { action: string; params: Record<string, unknown> }): Promise<unknown>;
    entriesByFiles(
      files: { path: string }[],
    ): Promise<{ data: string | null; file: { path: string; id: string | null } }[]>;
    entriesByFolder(
      folder: string,
      extension: string,
      depth: number,
    ): Promise<{ data: string | null; file: { path: string; id: string | null } }[]>;
  }
}

declare module 'decap-cms-lib-util' {
  /** The key under which a backend's listing carries its cursor, for Decap to page through. */
  export const CURSOR_COMPATIBILITY_SYMBOL: symbol;
}

declare module 'decap-cms-core/dist/esm/reducers/entries' {
  import type { Map as ImmutableMap, List } from 'immutable';

  type EntriesState = ImmutableMap<string, unknown>;
  /** Decap's reducer of the entries in its store. */
  export default function reducer(
    state: EntriesState | undefined,
    action: { type: string; payload: Record<string, unknown> },
  ): EntriesState;
  /** A collection's entries as its list shows them: sorted and filtered as the editor chose. */
  export function selectEntries(
    state: EntriesState,
    collection: ImmutableMap<string, unknown>,
  ): List<ImmutableMap<string, unknown>>;
}

declare module 'lodash/orderBy' {
  /** The sort Decap's lists use: stable, by each key in turn, ascending or descending. */
  export default function orderBy<T>(
    items: readonly T[],
    keys: readonly (string | ((item: T) => unknown))[],
    orders: readonly ('asc' | 'desc')[],
  ): T[];
}
