/**
 * Template typings for Vue 3 (Volar / vue-tsc). Tell Vue that `bpl-` tags are custom elements
 * (`compilerOptions.isCustomElement: (tag) => tag.startsWith('bpl-')`), then:
 *
 *   import type {} from '@bastaplatsen/viz/vue';
 *   <bpl-trend-chart src="/data.json" area="0680" :heading-level="3" @bpl-select="(e) => e.detail.area" />
 */
import type { AllowedComponentProps, ComponentCustomProps, HTMLAttributes, VNodeProps } from 'vue';
import type { BplElementProps, BplElementTypes, BplEvents, BplTagName } from './elements.js';

/** `@bpl-select` in a template is the `onBplSelect` prop. */
interface VueEvents {
  onBplSelect?: (event: BplEvents['bpl-select']) => void;
  onBplLoad?: (event: BplEvents['bpl-load']) => void;
  onBplError?: (event: BplEvents['bpl-error']) => void;
}

/** A custom element as Vue's GlobalComponents expects it: a constructor whose instances carry `$props`. */
export type BplVueComponent<T extends BplTagName> = new () => BplElementTypes[T] & {
  /** For template type checking only. */
  $props: Omit<HTMLAttributes, keyof BplElementProps<T>> &
    BplElementProps<T> &
    VueEvents &
    AllowedComponentProps &
    ComponentCustomProps &
    VNodeProps;
};

declare module 'vue' {
  interface GlobalComponents {
    'bpl-trend-chart': BplVueComponent<'bpl-trend-chart'>;
    'bpl-municipality-map': BplVueComponent<'bpl-municipality-map'>;
    'bpl-wellbeing-wheel': BplVueComponent<'bpl-wellbeing-wheel'>;
    'bpl-collaboration-diagram': BplVueComponent<'bpl-collaboration-diagram'>;
  }
}
