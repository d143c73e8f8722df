/**
 * Runs before every page and endpoint is rendered (at build time for this
 * static site): the checks across collections, once per build, so a broken
 * reference or an oversized body stops the build naming the file and field
 * whichever page happens to render first.
 */
import { defineMiddleware } from 'astro:middleware';
import { assertContentIntegrity } from './content';

export const onRequest = defineMiddleware(async (_, next) => {
  await assertContentIntegrity();
  return next();
});
