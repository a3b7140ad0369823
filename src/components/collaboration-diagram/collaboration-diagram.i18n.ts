import { ERROR_TEXTS, addEnglish } from '../../core/i18n/localize.js';
import type { Translations } from '../../core/i18n/localize.js';
import type { BodyLevel, RelationType, Sector } from '../../core/schema/structure.js';

export interface DiagramStrings {
  levels: Record<BodyLevel, string>;
  sectors: Record<Sector, string>;
  relations: Record<RelationType, string>;
  /** Two letters per sector for the marks on the boxes (not colour alone). */
  sectorMarks: Record<Sector, string>;
  diagramLabel: string;
  listLabel: string;
  showList: string;
  showDiagram: string;
  expandAll: string;
  collapseAll: string;
  sectorFilter: string;
  noSector: string;
  sectorCount: (sector: string, n: number, total: number) => string;
  legend: string;
  relationsLegend: string;
  sectorsLegend: string;
  bodyCount: (n: number) => string;
  groupMembers: string;
  highlighted: string;
  purpose: string;
  sectorsOnly: string;
  reportedToBy: string;
  preparedBy: string;
  meets: string;
  links: string;
  contacts: string;
  website: string;
  detailOf: string;
  summaryLevels: (list: string, total: number) => string;
  summaryLevelPart: (n: number, level: string) => string;
  summaryNoPath: string;
  /** Relation verbs after a plural subject ("the local groups report to"), where they differ. */
  pluralRelations?: Record<RelationType, string>;
  keyboardHint: string;
}

const sv: DiagramStrings = {
  levels: { political: 'Politisk nivå', strategic: 'Strategisk nivå', operational: 'Operativ nivå' },
  sectors: {
    school: 'Skola',
    'social-services': 'Socialtjänst',
    'health-care': 'Hälso- och sjukvård',
    'leisure-culture': 'Fritid och kultur',
    'rescue-services': 'Räddningstjänst',
    police: 'Polis',
    'civil-society': 'Civilsamhälle',
    'children-youth': 'Barn och unga',
  },
  relations: {
    'reports-to': 'rapporterar till',
    'prepares-for': 'bereder ärenden för',
    'collaborates-with': 'samverkar med',
  },
  sectorMarks: {
    school: 'Sk',
    'social-services': 'So',
    'health-care': 'HS',
    'leisure-culture': 'FK',
    'rescue-services': 'Rä',
    police: 'Po',
    'civil-society': 'CS',
    'children-youth': 'BU',
  },
  diagramLabel: 'organisationsschema',
  listLabel: 'organ per nivå',
  showList: 'Visa som lista',
  showDiagram: 'Visa som schema',
  expandAll: 'Visa alla grupper',
  collapseAll: 'Fäll ihop grupper',
  sectorFilter: 'Markera sektor',
  noSector: 'Ingen markering',
  sectorCount: (sector, n, total) => `${sector} finns med i ${n} av ${total} organ.`,
  legend: 'Teckenförklaring',
  relationsLegend: 'Kopplingar',
  sectorsLegend: 'Sektorer',
  bodyCount: (n) => `${n} organ`,
  groupMembers: 'Ingår',
  highlighted: 'markerad',
  purpose: 'Uppdrag',
  sectorsOnly: 'Sektorer som finns med',
  reportedToBy: 'Får rapporter från',
  preparedBy: 'Ärenden bereds av',
  meets: 'Träffas',
  links: 'Läs mer',
  contacts: 'Kontakt',
  website: 'Webbplats',
  detailOf: 'Om',
  summaryLevels: (list, total) => `Strukturen har ${total} organ: ${list}.`,
  summaryLevelPart: (n, level) => `${n} på ${level.toLowerCase()}`,
  summaryNoPath: 'Inga organ rapporterar vidare till något annat.',
  keyboardHint:
    'Tangentbord: piltangenterna flyttar, Enter visar detaljer, + och − visar och fäller ihop grupper.',
};

export const strings: Translations<DiagramStrings> = { sv };
addEnglish(() => import('./collaboration-diagram.i18n.en.js'));

// Only the diagram reads collaboration structures, so only it carries the message for an inconsistent one.
ERROR_TEXTS.structure = {
  sv: (p) =>
    `Samverkansstrukturen hänger inte ihop: ${p.issues?.length === 1 ? 'ett fel' : `${p.issues?.length ?? 0} fel`}.`,
};
