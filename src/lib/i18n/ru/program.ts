import type { Catalogue } from '../catalogue';

export const program: Catalogue['program'] = {};
