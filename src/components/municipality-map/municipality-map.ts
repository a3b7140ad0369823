import { defineElement } from '../../core/define.js';
import { BplMunicipalityMap } from './municipality-map.component.js';

export { BplMunicipalityMap };

defineElement('bpl-municipality-map', BplMunicipalityMap);

declare global {
  interface HTMLElementTagNameMap {
    'bpl-municipality-map': BplMunicipalityMap;
  }
}
