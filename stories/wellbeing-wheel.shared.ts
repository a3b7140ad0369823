import type { Meta } from '@storybook/web-components-vite';
import '../src/components/wellbeing-wheel/wellbeing-wheel.js';
import { DATA, MUNICIPALITIES, groupMeta } from './helpers.js';
import type { Group } from './helpers.js';

const args = { src: DATA, area: '0680', period: '2024' };

const argTypes: Meta['argTypes'] = {
  area: { control: 'select', options: ['0006', ...MUNICIPALITIES, '9999'] },
  measure: { control: 'select', options: ['', 'normalised', 'goal'] },
  compare: { control: 'select', options: ['', 'county', 'riket', 'none', '2020', '2023'] },
  group: { control: 'select', options: ['', 'total', 'girls', 'boys'] },
};

const description = `Välbefinnandehjulet (GIRFEC, *Barnens bästa gäller*): åtta dimensioner runt barnet, varje segment
lika långt som dimensionens nivå 0–100. Som standard (\`measure="normalised"\`) är nivån medelvärdet av indikatorernas
placering mellan länets lägsta och högsta kommun; \`measure="goal"\` ger andelen indikatorer som följer målet. Den
radiella skalan är en kvadratrot, så ytan är proportionell mot nivån. Tabba till hjulet, pilarna går runt, Enter
öppnar dimensionens indikatorer, Escape stänger.`;

export const wheelMeta = (group: Group) =>
  groupMeta('bpl-wellbeing-wheel', group, { args, argTypes, width: 640, description });

/** Two indicators only: the other six dimensions have none ("saknar indikatorer"). */
export const twoIndicators = {
  meta: { title: 'Två indikatorer', sample: true },
  indicators: [
    {
      id: 'trygg',
      title: 'Trygga i skolan',
      focusArea: 'mental-health',
      dimensions: ['safe'],
      unit: 'percent',
      polarity: 'higher-is-better',
      data: ['0680', '0682', '0683', '0006'].flatMap((area, a) =>
        ['2023', '2024'].map((period, y) => ({ area, period, value: 70 + a * 3 + y })),
      ),
    },
    {
      id: 'aktiv',
      title: 'Fysiskt aktiva',
      focusArea: 'physical-activity',
      dimensions: ['active'],
      unit: 'percent',
      polarity: 'higher-is-better',
      data: ['0680', '0682', '0683', '0006'].flatMap((area, a) =>
        ['2023', '2024'].map((period, y) => ({ area, period, value: 50 - a * 2 + y })),
      ),
    },
  ],
};
