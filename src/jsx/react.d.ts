/**
 * JSX typings for React 19, which passes properties and `on<event>` listeners to custom elements:
 *
 *   import type {} from '@bastaplatsen/viz/react';
 *   <bpl-trend-chart src="/data.json" area="0680" heading-level={3} onbpl-select={(e) => e.detail.area} />
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { BplElementProps, BplElementTypes, BplEvents, BplTagName } from './elements.js';

type ReactEvents<E> = {
  [K in keyof BplEvents as `on${K}`]?: (event: BplEvents[K] & { currentTarget: E }) => void;
};

/** Everything a React element of this tag takes. `data` and other properties are set as properties. */
export type BplReactProps<T extends BplTagName> = DetailedHTMLProps<
  HTMLAttributes<BplElementTypes[T]>,
  BplElementTypes[T]
> &
  Omit<BplElementProps<T>, 'lang'> &
  ReactEvents<BplElementTypes[T]>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'bpl-trend-chart': BplReactProps<'bpl-trend-chart'>;
      'bpl-municipality-map': BplReactProps<'bpl-municipality-map'>;
      'bpl-wellbeing-wheel': BplReactProps<'bpl-wellbeing-wheel'>;
      'bpl-collaboration-diagram': BplReactProps<'bpl-collaboration-diagram'>;
    }
  }
}
