import type { CMS } from 'decap-cms-core';

export function registerPreviews(cms: CMS): void {
  void cms;
}
