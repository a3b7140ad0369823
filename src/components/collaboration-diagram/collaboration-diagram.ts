import { defineElement } from '../../core/define.js';
import { BplCollaborationDiagram } from './collaboration-diagram.component.js';

export { BplCollaborationDiagram };
defineElement('bpl-collaboration-diagram', BplCollaborationDiagram);

declare global {
  interface HTMLElementTagNameMap {
    'bpl-collaboration-diagram': BplCollaborationDiagram;
  }
}
