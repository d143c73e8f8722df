import type { Catalogue } from '../catalogue';

export const library: Catalogue['library'] = {};
