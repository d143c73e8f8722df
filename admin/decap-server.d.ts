declare module 'decap-server/dist/middlewares.js' {
  import type { Express } from 'express';

  const middlewares: {
    /** Mounts Decap's Git proxy on POST /api/v1 for the repository in GIT_REPO_DIRECTORY (or the working directory). */
    registerLocalGit(app: Express, options?: { logLevel?: string }): Promise<void>;
  };
  export default middlewares;
}
