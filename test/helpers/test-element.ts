import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { BplElement } from '../../src/core/base-element.js';
import '../../src/core/loader/dataset-reader.js';
import { findIndicator } from '../../src/core/dataset-query.js';
import { defineElement } from '../../src/core/define.js';
import type { Dataset } from '../../src/core/schema/dataset.js';
import { baseStyles, themeStyles } from '../../src/core/theme.js';

/** The smallest component on the base element, to test the shared loading and error behaviour. */
export class BplTestElement extends BplElement<'dataset', { title: string; count: number }> {
  static override styles = [themeStyles, baseStyles];
  protected static override viewProperties = ['indicator'];
  @property() indicator?: string;

  constructor() {
    super('dataset');
  }

  protected resolveView(dataset: Dataset) {
    const indicator = findIndicator(dataset, this.indicator);
    return { title: this.localize.text(dataset.meta.title), count: indicator.data.length };
  }

  protected renderView(view: { title: string; count: number }) {
    return html`${this.renderHeading(view.title)}
      <p class="count">${view.count}</p>`;
  }
}

defineElement('bpl-test-element', BplTestElement);

declare global {
  interface HTMLElementTagNameMap {
    'bpl-test-element': BplTestElement;
  }
}
