import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { backendFromEnv, cmsConfig } from '../../../admin/config';
import { getTiers } from '../../content';

/** The Decap CMS configuration, generated from the content schemas on every build. */
export const GET: APIRoute = async ({ site }) => {
  const tiers = (await getTiers()).map((tier) => ({ id: tier.id, name: tier.data.name }));
  const config = cmsConfig({
    siteUrl: site?.href.replace(/\/$/, '') ?? '',
    tiers,
    today: new Date(),
    backend: backendFromEnv(process.env),
  });
  return new Response(stringify(config, { lineWidth: 0 }), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
