import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/** The comparison's custom elements (`compare-elements.ts`), as React renders them in the directory's cards. */
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'compare-toggle': DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & {
        'data-slug': string;
        'data-name': string;
      };
    }
  }
}
