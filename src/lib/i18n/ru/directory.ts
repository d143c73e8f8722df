import type { Catalogue } from '../catalogue';

export const directory: Catalogue['directory'] = {};
