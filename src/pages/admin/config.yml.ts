import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { backendFromEnv, cmsConfig } from '../../../admin/config';
import { getSettings, getTiers } from '../../content';

/** The Decap CMS configuration, generated from the content schemas on every build. */
export const GET: APIRoute = async ({ site }) => {
  const [allTiers, settings] = await Promise.all([getTiers(), getSettings()]);
  const tiers = allTiers.map((tier) => ({ id: tier.id, name: tier.data.name }));
  const config = cmsConfig({
    siteUrl: site?.href.replace(/\/$/, '') ?? '',
    tiers,
    today: new Date(),
    staleAfterMonths: settings.staleAfterMonths,
    backend: backendFromEnv(process.env),
  });
  return new Response(stringify(config, { lineWidth: 0 }), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
