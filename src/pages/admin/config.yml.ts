import { DEFAULT_LOCALE } from '../../lib/i18n/locales';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { stringify } from 'yaml';
import { backendFromEnv, choicesOf, cmsConfig, LISTED_COLLECTIONS, type Choices } from '../../../admin/config';
import { getSettings, getTiers } from '../../content';

/** The Decap CMS configuration, generated from the content schemas and the listed collections on every build. */
export const GET: APIRoute = async ({ site }) => {
  const settings = await getSettings(DEFAULT_LOCALE);
  const choices: Choices = Object.fromEntries(
    await Promise.all(
      LISTED_COLLECTIONS.map(async (name) => {
        // Tiers in tier order: the partners' view filters list them so.
        const entries = name === 'tiers' ? await getTiers(DEFAULT_LOCALE) : await getCollection(name);
        return [name, choicesOf(name, entries)] as const;
      }),
    ),
  );
  const config = cmsConfig({
    siteUrl: site?.href.replace(/\/$/, '') ?? '',
    choices: { ...choices, clientSizes: settings.clientSizes.map(({ id, label }) => ({ id, label })) },
    today: new Date(),
    staleAfterMonths: settings.staleAfterMonths,
    backend: backendFromEnv(process.env),
  });
  return new Response(stringify(config, { lineWidth: 0 }), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
