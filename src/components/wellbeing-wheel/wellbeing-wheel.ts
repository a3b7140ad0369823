import { defineElement } from '../../core/define.js';
import { BplWellbeingWheel } from './wellbeing-wheel.component.js';

export { BplWellbeingWheel };
export type { WheelView } from './wellbeing-wheel.component.js';

defineElement('bpl-wellbeing-wheel', BplWellbeingWheel);

declare global {
  interface HTMLElementTagNameMap {
    'bpl-wellbeing-wheel': BplWellbeingWheel;
  }
}
