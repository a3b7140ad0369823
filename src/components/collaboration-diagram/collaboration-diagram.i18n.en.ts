/* English strings of collaboration-diagram, fetched on demand (see `addEnglish` in src/core/i18n/localize.ts). */
import { ERROR_TEXTS } from '../../core/i18n/localize.js';
import { strings } from './collaboration-diagram.i18n.js';
import type { DiagramStrings } from './collaboration-diagram.i18n.js';

const en: DiagramStrings = {
  levels: { political: 'Political level', strategic: 'Strategic level', operational: 'Operational level' },
  sectors: {
    school: 'School',
    'social-services': 'Social services',
    'health-care': 'Health care',
    'leisure-culture': 'Leisure and culture',
    'rescue-services': 'Rescue services',
    police: 'Police',
    'civil-society': 'Civil society',
    'children-youth': 'Children and young people',
  },
  relations: {
    'reports-to': 'reports to',
    'prepares-for': 'prepares matters for',
    'collaborates-with': 'collaborates with',
  },
  sectorMarks: {
    school: 'Sc',
    'social-services': 'SS',
    'health-care': 'HC',
    'leisure-culture': 'LC',
    'rescue-services': 'RS',
    police: 'Po',
    'civil-society': 'CS',
    'children-youth': 'CY',
  },
  diagramLabel: 'organisation chart',
  listLabel: 'bodies by level',
  showList: 'Show as list',
  showDiagram: 'Show as chart',
  expandAll: 'Show all groups',
  collapseAll: 'Collapse groups',
  sectorFilter: 'Highlight sector',
  noSector: 'No highlight',
  sectorCount: (sector, n, total) => `${sector} is represented in ${n} of ${total} bodies.`,
  legend: 'Legend',
  relationsLegend: 'Connections',
  sectorsLegend: 'Sectors',
  bodyCount: (n) => (n === 1 ? '1 body' : `${n} bodies`),
  groupMembers: 'Members',
  highlighted: 'highlighted',
  purpose: 'Remit',
  sectorsOnly: 'Sectors represented',
  reportedToBy: 'Receives reports from',
  preparedBy: 'Matters prepared by',
  meets: 'Meets',
  links: 'Read more',
  contacts: 'Contact',
  website: 'Website',
  detailOf: 'About',
  summaryLevels: (list, total) => `The structure has ${total} bodies: ${list}.`,
  summaryLevelPart: (n, level) => `${n} at ${level.toLowerCase()}`,
  summaryNoPath: 'No body reports on to another.',
  pluralRelations: {
    'reports-to': 'report to',
    'prepares-for': 'prepare matters for',
    'collaborates-with': 'collaborate with',
  },
  keyboardHint: 'Keyboard: arrow keys move, Enter shows details, + and − expand and collapse groups.',
};

strings.en = en;

ERROR_TEXTS.structure!.en = (p) =>
  `The collaboration structure is inconsistent: ${p.issues?.length === 1 ? 'one error' : `${p.issues?.length ?? 0} errors`}.`;
