/** The Russian interface text. */
import type { Catalogue } from '../catalogue';
import { site } from './site';
import { home } from './home';
import { program } from './program';
import { tiers } from './tiers';
import { calculator } from './calculator';
import { directory } from './directory';
import { partner } from './partner';
import { search } from './search';
import { library } from './library';
import { faq } from './faq';
import { apply } from './apply';

export const ru: Catalogue = {
  site,
  home,
  program,
  tiers,
  calculator,
  directory,
  partner,
  search,
  library,
  faq,
  apply,
};
