#!/usr/bin/env node
/**
 * Writes the demo's data files, byte for byte the same on every run:
 *
 * - `barn-och-unga.json`: invented example data (exempeldata) for Riket, Region Jönköpings län and its
 *   13 municipalities, 2015–2024, girls, boys and total;
 * - `skolverket-2018-19.json`: the real Skolverket extract in `demo/data/skolverket-2018-19.csv`,
 *   converted to the data contract;
 * - `samverkan-jonkoping.json` and `samverkan-lan.json`: simplified collaboration structures drawn from
 *   public descriptions.
 *
 * Usage: node scripts/make-sample-data.mjs [output directory]   (default: demo/data)
 *
 * Plain Node, no dependencies. Random numbers come from a seeded PRNG (mulberry32) and only use
 * additions and multiplications, so the output does not depend on the platform's Math.log or Math.cos.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA_DIR = resolve(REPO, 'demo/data');
const OUT_DIR = process.argv[2] ? resolve(process.cwd(), process.argv[2]) : DATA_DIR;
const SEED = 'bpl-barn-och-unga-2025';
const UPDATED = '2025-06-01';

// ---------------------------------------------------------------------------------------------------------
// Random numbers

/** mulberry32: a small, fast 32-bit PRNG; returns numbers in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to derive one independent stream per key (adding an indicator does not change the others). */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function stream(key) {
  const uniform = mulberry32(hash(`${SEED}:${key}`));
  /** Approximately standard normal (Irwin–Hall: twelve uniforms less six). */
  const normal = () => {
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += uniform();
    return sum - 6;
  };
  return { uniform, normal };
}

// ---------------------------------------------------------------------------------------------------------
// Areas

const RIKET = '0000';
const COUNTY = '0006';

/**
 * The 13 municipalities. `pupils` is a year group's size (pupils leaving grade 9 in 2018/19, from the
 * Skolverket extract), used as weights and to size samples. `social` is an invented, rough index of
 * conditions for growing up (−1 … +1) that makes the example coherent across indicators.
 */
const MUNICIPALITIES = [
  { code: '0604', name: 'Aneby', pupils: 72, social: 0.3 },
  { code: '0617', name: 'Gnosjö', pupils: 120, social: -0.7 },
  { code: '0642', name: 'Mullsjö', pupils: 93, social: 0.2 },
  { code: '0643', name: 'Habo', pupils: 164, social: 1 },
  { code: '0662', name: 'Gislaved', pupils: 395, social: -0.8 },
  { code: '0665', name: 'Vaggeryd', pupils: 179, social: -0.1 },
  { code: '0680', name: 'Jönköping', pupils: 1535, social: 0.5 },
  { code: '0682', name: 'Nässjö', pupils: 357, social: -0.5 },
  { code: '0683', name: 'Värnamo', pupils: 409, social: -0.3 },
  { code: '0684', name: 'Sävsjö', pupils: 150, social: -0.3 },
  { code: '0685', name: 'Vetlanda', pupils: 292, social: -0.3 },
  { code: '0686', name: 'Eksjö', pupils: 233, social: -0.1 },
  { code: '0687', name: 'Tranås', pupils: 224, social: 0 },
];

/** Where girls' and boys' values are suppressed when a survey's sample is small. */
const SMALL = new Set(['0604', '0617', '0642']);
const SUPPRESS_BELOW = 70;
/** Riket's survey sample per sex and year group. */
const RIKET_SAMPLE = 2200;
/** Pupils in a national year group. */
const RIKET_PUPILS = 112000;

const GROUPS = ['total', 'girls', 'boys'];
const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

const schoolYear = (y) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`;

// ---------------------------------------------------------------------------------------------------------
// Indicators

const t = (sv, en) => ({ sv, en });

const SURVEY_SOURCE = {
  name: t(
    'Elevenkät (t.ex. Liv och hälsa ung); Riket: Folkhälsomyndigheten',
    'Pupil survey (e.g. Liv och hälsa ung); Sweden: Public Health Agency of Sweden',
  ),
};

/**
 * `level` and `trend` are Riket's values in the first period and change per year, for girls and boys.
 * The other numbers shape the municipalities, in percentage points: `county` (the county's difference from
 * Riket), `social` (effect of the social index, in the good direction), `spread` (municipalities' own
 * level), `trendSpread` (their own trend per year) and `noise` (year-to-year noise for a year group of 300;
 * smaller municipalities are noisier). `bump` adds a change in given calendar years (the pandemic).
 * `survey` gives a sample (`grades` year groups, response rate) with `n` and, where `ci`, a 95 % interval.
 */
const INDICATORS = [
  {
    id: 'gymnasiebehorighet',
    title: t(
      'Behöriga till gymnasieskolans yrkesprogram, åk 9',
      'Eligible for upper-secondary vocational programmes, grade 9',
    ),
    shortTitle: t('Gymnasiebehörighet', 'Upper-secondary eligibility'),
    description: t(
      'Andel elever som slutade årskurs 9 och var behöriga till minst ett yrkesprogram i gymnasieskolan, per läsår. Påhittade exempelvärden.',
      'Share of pupils leaving grade 9 who were eligible for at least one vocational programme in upper-secondary school, by school year. Invented example values.',
    ),
    focusArea: 'completed-studies',
    dimensions: ['achieving'],
    unit: 'percent',
    decimals: 1,
    polarity: 'higher-is-better',
    target: { baseline: '2014/15', annualChange: 2 },
    source: { name: 'Skolverket', url: 'https://www.skolverket.se' },
    schoolYears: true,
    level: { girls: 87.6, boys: 84.1 },
    trend: { girls: -0.15, boys: -0.2 },
    county: -0.8,
    social: 2.5,
    spread: 1.8,
    trendSpread: 0.15,
    noise: 1.6,
    pupilsN: true,
  },
  {
    id: 'gymnasieexamen-4-ar',
    title: t('Gymnasieexamen inom fyra år', 'Upper-secondary diploma within four years'),
    shortTitle: t('Examen inom 4 år', 'Diploma in 4 years'),
    description: t(
      'Andel gymnasieelever, folkbokförda i kommunen, som tog examen inom fyra år från start. Påhittade exempelvärden.',
      'Share of upper-secondary pupils resident in the municipality who gained a diploma within four years of starting. Invented example values.',
    ),
    focusArea: 'completed-studies',
    dimensions: ['achieving', 'included'],
    unit: 'percent',
    decimals: 1,
    polarity: 'higher-is-better',
    target: { baseline: '2015', annualChange: 2 },
    source: { name: 'Skolverket', url: 'https://www.skolverket.se' },
    level: { girls: 74.2, boys: 67.3 },
    trend: { girls: 0.35, boys: 0.4 },
    county: 1,
    social: 3,
    spread: 2.5,
    trendSpread: 0.25,
    noise: 2.5,
    missing: [['0617', 2016]],
  },
  {
    id: 'skolnarvaro',
    title: t('Elever med hög frånvaro, åk 7–9', 'Pupils with high absence, grades 7–9'),
    shortTitle: t('Hög frånvaro', 'High absence'),
    description: t(
      'Andel elever i årskurs 7–9 som varit frånvarande minst 15 procent av skoltiden under vårterminen. Påhittade exempelvärden.',
      'Share of pupils in grades 7–9 absent for at least 15 per cent of school time in the spring term. Invented example values.',
    ),
    focusArea: 'completed-studies',
    dimensions: ['included', 'achieving'],
    unit: 'percent',
    decimals: 1,
    polarity: 'lower-is-better',
    target: { baseline: '2015', annualChange: 0.5 },
    source: { name: 'Skolverket', url: 'https://www.skolverket.se' },
    level: { girls: 9.6, boys: 8.4 },
    trend: { girls: 0.4, boys: 0.3 },
    bump: { 2020: 1.6, 2021: 2.6, 2022: 1.1 },
    county: 0.5,
    social: 1.2,
    spread: 1,
    trendSpread: 0.1,
    noise: 0.9,
    preliminary: 2024,
  },
  {
    id: 'psykiskt-valbefinnande',
    title: t('Gott psykiskt välbefinnande', 'Good mental wellbeing'),
    shortTitle: t('Psykiskt välbefinnande', 'Mental wellbeing'),
    description: t(
      'Andel elever i åk 9 och gymnasiets år 2 som uppger att de mår bra eller mycket bra. Enkätdata med 95 % konfidensintervall. Påhittade exempelvärden.',
      'Share of pupils in grade 9 and the second year of upper-secondary school who say they feel well or very well. Survey data with 95 % confidence intervals. Invented example values.',
    ),
    focusArea: 'mental-health',
    dimensions: ['healthy', 'nurtured'],
    unit: 'percent',
    decimals: 0,
    polarity: 'higher-is-better',
    target: { baseline: '2015', annualChange: 2 },
    source: SURVEY_SOURCE,
    level: { girls: 62, boys: 80 },
    trend: { girls: -1.1, boys: -0.5 },
    county: 1,
    social: 2,
    spread: 2.5,
    trendSpread: 0.3,
    noise: 2,
    survey: { grades: 2, response: 0.8, ci: true },
  },
  {
    id: 'trygg-i-skolan',
    title: t('Känner sig trygga i skolan', 'Feel safe at school'),
    shortTitle: t('Trygg i skolan', 'Safe at school'),
    description: t(
      'Andel elever i åk 9 och gymnasiets år 2 som alltid eller oftast känner sig trygga i skolan. Enkätdata med 95 % konfidensintervall. Påhittade exempelvärden.',
      'Share of pupils in grade 9 and the second year of upper-secondary school who always or mostly feel safe at school. Survey data with 95 % confidence intervals. Invented example values.',
    ),
    focusArea: 'mental-health',
    dimensions: ['safe', 'respected'],
    unit: 'percent',
    decimals: 0,
    polarity: 'higher-is-better',
    target: { baseline: '2015', annualChange: 2 },
    source: SURVEY_SOURCE,
    level: { girls: 84, boys: 87 },
    trend: { girls: -0.3, boys: -0.2 },
    county: 1.5,
    social: 1.5,
    spread: 2,
    trendSpread: 0.2,
    noise: 1.8,
    survey: { grades: 2, response: 0.8, ci: true },
    missing: [['0684', 2021, 'girls']],
  },
  {
    id: 'psykosomatiska-besvar',
    title: t('Återkommande psykosomatiska besvär', 'Recurring psychosomatic complaints'),
    shortTitle: t('Psykosomatiska besvär', 'Psychosomatic complaints'),
    description: t(
      'Andel elever i åk 9 och gymnasiets år 2 med minst två besvär (t.ex. huvudvärk, magont, sömnsvårigheter, nedstämdhet) mer än en gång i veckan. Enkäten görs vartannat år. Påhittade exempelvärden.',
      'Share of pupils in grade 9 and the second year of upper-secondary school with at least two complaints (such as headache, stomach ache, sleeping problems, feeling low) more than once a week. The survey is run every other year. Invented example values.',
    ),
    focusArea: 'mental-health',
    dimensions: ['healthy'],
    unit: 'percent',
    decimals: 0,
    polarity: 'lower-is-better',
    target: { baseline: '2015', annualChange: 2 },
    source: SURVEY_SOURCE,
    years: [2015, 2017, 2019, 2021, 2023],
    level: { girls: 52, boys: 27 },
    trend: { girls: 0.9, boys: 0.5 },
    county: -1,
    social: 1.5,
    spread: 2.5,
    trendSpread: 0.3,
    noise: 2,
    survey: { grades: 2, response: 0.78, ci: true },
  },
  {
    id: 'fysisk-aktivitet',
    title: t('Fysiskt aktiva minst 60 minuter per dag', 'Physically active at least 60 minutes a day'),
    shortTitle: t('Fysiskt aktiva', 'Physically active'),
    description: t(
      'Andel elever i åk 9 och gymnasiets år 2 som är fysiskt aktiva minst 60 minuter varje dag, som rekommenderas för barn och unga. Enkätdata med 95 % konfidensintervall. Påhittade exempelvärden.',
      'Share of pupils in grade 9 and the second year of upper-secondary school who are physically active for at least 60 minutes every day, as recommended for children and young people. Survey data with 95 % confidence intervals. Invented example values.',
    ),
    focusArea: 'physical-activity',
    dimensions: ['active', 'healthy'],
    unit: 'percent',
    decimals: 0,
    polarity: 'higher-is-better',
    target: { baseline: '2015', annualChange: 2 },
    source: SURVEY_SOURCE,
    level: { girls: 14, boys: 23 },
    trend: { girls: -0.2, boys: -0.3 },
    bump: { 2020: -2, 2021: -1 },
    county: 0.5,
    social: 1,
    spread: 2,
    trendSpread: 0.2,
    noise: 1.8,
    survey: { grades: 2, response: 0.8, ci: true },
    missing: [['0665', 2020]],
  },
  {
    id: 'stillasittande',
    title: t('Skärmtid mer än 3 timmar per dag', 'Screen time over 3 hours a day'),
    shortTitle: t('Skärmtid > 3 tim', 'Screen time > 3 h'),
    description: t(
      'Andel elever i åk 9 och gymnasiets år 2 som på fritiden en vanlig skoldag sitter mer än tre timmar framför en skärm. Enkätdata, utan konfidensintervall. Påhittade exempelvärden.',
      'Share of pupils in grade 9 and the second year of upper-secondary school who spend more than three hours of their free time on an ordinary school day in front of a screen. Survey data, without confidence intervals. Invented example values.',
    ),
    focusArea: 'physical-activity',
    dimensions: ['active', 'healthy'],
    unit: 'percent',
    decimals: 0,
    polarity: 'lower-is-better',
    target: { baseline: '2015', annualChange: 2 },
    source: SURVEY_SOURCE,
    level: { girls: 52, boys: 58 },
    trend: { girls: 1.2, boys: 0.8 },
    bump: { 2020: 3, 2021: 2 },
    county: -1,
    social: 1.5,
    spread: 2.5,
    trendSpread: 0.3,
    noise: 2.2,
    survey: { grades: 2, response: 0.8, ci: false },
  },
  {
    id: 'fritidsaktivitet',
    title: t(
      'Deltar i organiserad fritidsaktivitet varje vecka',
      'Take part in an organised leisure activity every week',
    ),
    shortTitle: t('Organiserad fritid', 'Organised leisure'),
    description: t(
      'Andel elever i åk 9 och gymnasiets år 2 som minst en gång i veckan deltar i en ledarledd fritidsaktivitet, till exempel idrott, kulturskola eller förening. Enkätdata med 95 % konfidensintervall. Påhittade exempelvärden.',
      'Share of pupils in grade 9 and the second year of upper-secondary school who take part in a led leisure activity at least once a week, for example sport, arts school or an association. Survey data with 95 % confidence intervals. Invented example values.',
    ),
    focusArea: 'physical-activity',
    dimensions: ['active', 'included'],
    unit: 'percent',
    decimals: 0,
    polarity: 'higher-is-better',
    target: { baseline: '2015', annualChange: 2 },
    source: SURVEY_SOURCE,
    level: { girls: 58, boys: 66 },
    trend: { girls: -0.4, boys: -0.5 },
    bump: { 2020: -6, 2021: -4 },
    county: 2,
    social: 3,
    spread: 3,
    trendSpread: 0.3,
    noise: 2.5,
    survey: { grades: 2, response: 0.8, ci: true },
  },
  {
    id: 'tandhalsa',
    title: t('Kariesfria 12-åringar', 'Caries-free 12-year-olds'),
    shortTitle: t('Kariesfria 12-åringar', 'Caries-free at 12'),
    description: t(
      'Andel 12-åringar utan karies eller fyllningar i de permanenta tänderna. Inget eget mål anges, så standardregeln används. Påhittade exempelvärden.',
      'Share of 12-year-olds with no caries or fillings in their permanent teeth. No target of its own is given, so the default rule applies. Invented example values.',
    ),
    focusArea: 'other',
    dimensions: ['healthy', 'nurtured'],
    unit: 'percent',
    decimals: 1,
    polarity: 'higher-is-better',
    source: { name: 'Socialstyrelsen', url: 'https://www.socialstyrelsen.se' },
    level: { girls: 71.5, boys: 69.5 },
    trend: { girls: 0.4, boys: 0.4 },
    county: 2,
    social: 3,
    spread: 3,
    trendSpread: 0.25,
    noise: 2.5,
    preliminary: 2024,
    missing: [['0643', 2019]],
  },
  {
    id: 'andts-alkohol',
    title: t('Har druckit alkohol senaste månaden, åk 9', 'Drank alcohol in the past month, grade 9'),
    shortTitle: t('Alkohol senaste månaden', 'Alcohol past month'),
    description: t(
      'Andel elever i årskurs 9 som har druckit alkohol under de senaste 30 dagarna. Enkätdata med 95 % konfidensintervall. Påhittade exempelvärden.',
      'Share of pupils in grade 9 who have drunk alcohol in the past 30 days. Survey data with 95 % confidence intervals. Invented example values.',
    ),
    focusArea: 'other',
    dimensions: ['responsible', 'safe', 'healthy'],
    unit: 'percent',
    decimals: 0,
    polarity: 'lower-is-better',
    target: { baseline: '2015', annualChange: 1 },
    source: {
      name: t('Elevenkät (t.ex. CAN:s drogvaneundersökning)', 'Pupil survey (e.g. CAN drug use survey)'),
    },
    level: { girls: 24, boys: 20 },
    trend: { girls: -0.9, boys: -0.8 },
    county: -2,
    social: 1,
    spread: 2.5,
    trendSpread: 0.25,
    noise: 2.5,
    survey: { grades: 1, response: 0.85, ci: true },
  },
];

const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));

/** Rounds in whole units of the last decimal, so values, intervals and their order are exact. */
function observation(spec, area, period, group, raw, n) {
  const f = 10 ** spec.decimals;
  const units = Math.round(clamp(raw, 0.5, 99.5) * f);
  const obs = { area, period, group, value: units / f };
  if (n !== undefined) obs.n = n;
  if (n !== undefined && spec.survey?.ci) {
    const p = units / f / 100;
    const half = 1.96 * Math.sqrt((p * (1 - p)) / n) * 100 * f;
    obs.ci = [Math.max(0, Math.floor(units - half)) / f, Math.min(100 * f, Math.ceil(units + half)) / f];
  }
  return obs;
}

function makeIndicator(spec) {
  const rnd = stream(spec.id);
  const years = spec.years ?? YEARS;
  const periodOf = (y) => (spec.schoolYears ? schoolYear(y - 1) : String(y));
  const good = spec.polarity === 'higher-is-better' ? 1 : -1;

  // Each municipality's own level, trend and gender gap (drawn once, in a fixed order).
  const own = new Map(
    MUNICIPALITIES.map((m) => [
      m.code,
      {
        offset: good * (spec.social * m.social) + spec.spread * rnd.normal(),
        trend: spec.trendSpread * rnd.normal(),
        gap: 0.25 * spec.spread * rnd.normal(),
      },
    ]),
  );

  /** raw[area][year] = { girls, boys, total, n: { girls, boys, total } } */
  const raw = new Map();
  for (const y of years) {
    const k = y - years[0];
    // For school years, `y` is the spring term's calendar year.
    const bump = spec.bump?.[y] ?? 0;
    const national = (g) => spec.level[g] + spec.trend[g] * k + bump;
    const countySum = { girls: 0, boys: 0 };
    let weight = 0;
    for (const m of MUNICIPALITIES) {
      const o = own.get(m.code);
      const scale = Math.sqrt(300 / m.pupils);
      const value = (g, sign) =>
        national(g) + spec.county + o.offset + o.trend * k + sign * o.gap + spec.noise * scale * rnd.normal();
      const girls = value('girls', 1);
      const boys = value('boys', -1);
      const n = sampleSizes(spec, m.pupils, y, rnd);
      raw.set(`${m.code}|${y}`, { girls, boys, total: (girls + boys) / 2, n });
      countySum.girls += girls * m.pupils;
      countySum.boys += boys * m.pupils;
      weight += m.pupils;
    }
    const cGirls = countySum.girls / weight;
    const cBoys = countySum.boys / weight;
    const countyN = sumSizes(MUNICIPALITIES.map((m) => raw.get(`${m.code}|${y}`).n));
    raw.set(`${COUNTY}|${y}`, { girls: cGirls, boys: cBoys, total: (cGirls + cBoys) / 2, n: countyN });
    const rGirls = national('girls') + 0.3 * rnd.normal();
    const rBoys = national('boys') + 0.3 * rnd.normal();
    raw.set(`${RIKET}|${y}`, {
      girls: rGirls,
      boys: rBoys,
      total: (rGirls + rBoys) / 2,
      n: sampleSizes(spec, RIKET_PUPILS, y, rnd, spec.survey ? RIKET_SAMPLE : undefined),
    });
  }

  const isMissing = (area, y, group) =>
    (spec.missing ?? []).some(([a, year, g]) => a === area && year === y && (g === undefined || g === group));

  const data = [];
  for (const area of [RIKET, COUNTY, ...MUNICIPALITIES.map((m) => m.code)]) {
    for (const y of years) {
      const cell = raw.get(`${area}|${y}`);
      for (const group of GROUPS) {
        const period = periodOf(y);
        const n = cell.n?.[group];
        if (isMissing(area, y, group)) {
          data.push({ area, period, group, value: null, status: 'missing' });
        } else if (spec.survey && group !== 'total' && SMALL.has(area) && n < SUPPRESS_BELOW) {
          data.push({ area, period, group, value: null, status: 'suppressed' });
        } else {
          const obs = observation(spec, area, period, group, cell[group], n);
          if (spec.preliminary === y) obs.status = 'preliminary';
          data.push(obs);
        }
      }
    }
  }

  const indicator = {
    id: spec.id,
    title: spec.title,
    shortTitle: spec.shortTitle,
    description: spec.description,
    focusArea: spec.focusArea,
    dimensions: spec.dimensions,
    unit: spec.unit,
    decimals: spec.decimals,
    polarity: spec.polarity,
  };
  if (spec.target) indicator.target = spec.target;
  indicator.source = spec.source;
  indicator.data = data;
  return indicator;
}

/** Sample sizes by group for a survey (`n` for respondents), or the year group for `pupilsN` indicators. */
function sampleSizes(spec, pupils, y, rnd, fixed) {
  if (spec.survey) {
    const per = (share) => {
      if (fixed !== undefined)
        return Math.round(fixed * spec.survey.grades * share * 2 * (0.95 + 0.1 * rnd.uniform()));
      const response = spec.survey.response * (0.88 + 0.2 * rnd.uniform());
      return Math.round(pupils * spec.survey.grades * response * share);
    };
    const girls = per(0.49);
    const boys = per(0.51);
    return { girls, boys, total: girls + boys };
  }
  if (spec.pupilsN) {
    const size = pupils * (1 + 0.012 * (y - 2018)) * (0.96 + 0.08 * rnd.uniform());
    const girls = Math.round(size * 0.49);
    const boys = Math.round(size * 0.51);
    return { girls, boys, total: girls + boys };
  }
  return undefined;
}

function sumSizes(list) {
  if (list.some((n) => n === undefined)) return undefined;
  const sum = { girls: 0, boys: 0, total: 0 };
  for (const n of list) for (const g of GROUPS) sum[g] += n[g];
  return sum;
}

function makeSampleDataset() {
  return {
    $schema: '../../schema/dataset.schema.json',
    meta: {
      title: t(
        'Barn och unga i Jönköpings län – exempeldata',
        'Children and young people in Jönköping County – sample data',
      ),
      description: t(
        'Påhittade exempeldata om skola, psykisk hälsa och fysisk aktivitet för Riket, Region Jönköpings län och länets 13 kommuner, 2015–2024, för flickor, pojkar och totalt. Till för att visa och testa komponenterna.',
        'Invented example data on school, mental health and physical activity for Sweden, Region Jönköping County and its 13 municipalities, 2015–2024, for girls, boys and in total. For showing and testing the components.',
      ),
      publisher: t(
        'Bästa platsen att leva på – barn och unga',
        'Best place to live – children and young people',
      ),
      updated: UPDATED,
      license: 'CC0-1.0',
      sample: true,
      notes: [
        t(
          'Exempeldata: alla värden är påhittade och beskriver inte verkliga förhållanden i någon kommun.',
          'Sample data: every value is invented and describes no real conditions in any municipality.',
        ),
        t(
          'Källorna anger var ett verkligt mått av samma slag kommer ifrån; siffrorna här kommer inte därifrån.',
          'The sources say where a real measure of the same kind comes from; the figures here do not come from them.',
        ),
        t(
          'I enkätmåtten är värden för flickor och pojkar i de minsta kommunerna skyddade (sekretess) när svaren är för få.',
          'In the survey measures, values for girls and boys in the smallest municipalities are suppressed when there are too few answers.',
        ),
        t(
          'Skapad med scripts/make-sample-data.mjs, som ger samma fil vid varje körning.',
          'Made by scripts/make-sample-data.mjs, which gives the same file on every run.',
        ),
      ],
    },
    indicators: INDICATORS.map(makeIndicator),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The real Skolverket extract

/** A minimal CSV reader: commas, double-quoted fields with "" escapes, LF or CRLF line ends. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function makeSkolverketDataset() {
  const rows = parseCsv(readFileSync(resolve(DATA_DIR, 'skolverket-2018-19.csv'), 'utf8'));
  const data = rows.map((row) => {
    const n = Number(row.pupils_leaving_grade9);
    if (!Number.isInteger(n))
      throw new Error(`pupils_leaving_grade9 is not an integer: ${row.municipality_name}`);
    if (row.pct_eligible === '') {
      return {
        area: row.municipality_code,
        period: row.school_year,
        group: 'total',
        value: null,
        status: 'suppressed',
        n,
      };
    }
    return {
      area: row.municipality_code,
      period: row.school_year,
      group: 'total',
      value: Number(row.pct_eligible),
      n,
    };
  });
  const caveats = [
    t(
      'Mullsjö (0642) saknar värde: källan anger 0 ej behöriga av 93 elever, men procentandelar sattes till 0 när färre än fem elever var obehöriga. Värdet är alltså skyddat, inte 100 %.',
      'Mullsjö (0642) has no value: the source gives 0 not eligible out of 93 pupils, but percentages were set to 0 when fewer than five pupils were not eligible. So the value is suppressed, not 100 %.',
    ),
    t(
      'Siffrorna gäller läsåret 2018/19 och är alltså gamla. Nyare siffror finns hos Skolverket och i Kolada.',
      'The figures are for school year 2018/19, so they are old. Newer figures exist at Skolverket and in Kolada.',
    ),
    t(
      'Källan anger inte om raderna gäller skolkommun eller hemkommun; uppdelningen på huvudman tyder på skolkommun, men det är inte kontrollerat.',
      'The source does not say whether the rows are by school municipality or home municipality; the split by school organiser suggests school municipality, but this is unverified.',
    ),
    t(
      'Andelen behöriga är 100 minus andelen ej behöriga. Elevantalen (n) är källans antal elever som slutade åk 9; källans övriga antal är återskapade ur Skolverkets publicerade procentsatser.',
      'The eligible share is 100 minus the not-eligible share. The pupil counts (n) are the source’s pupils leaving grade 9; the source’s other counts were reconstructed from Skolverket’s published percentages.',
    ),
    t(
      'Utdraget kommer från GitHub-förrådet vagdur/SCBHandlerPlotter (GPL-3.0), filen inst/extdata/Skolverket_gymnasiebehorighet2.csv (commit 69740a17a486e0def70c5ced3964f934c627c2ea). Det är inte kontrollerat mot Skolverkets egna tabeller, och Skolverkets villkor för tabellerna är inte kontrollerade. Ange ”Källa: Skolverket”.',
      'The extract comes from the GitHub repository vagdur/SCBHandlerPlotter (GPL-3.0), file inst/extdata/Skolverket_gymnasiebehorighet2.csv (commit 69740a17a486e0def70c5ced3964f934c627c2ea). It has not been checked against Skolverket’s own tables, and Skolverket’s terms for the tables have not been verified. Cite “Källa: Skolverket”.',
    ),
  ];
  return {
    $schema: '../../schema/dataset.schema.json',
    meta: {
      title: t(
        'Behörighet till gymnasieskolan, åk 9, läsåret 2018/19 – Jönköpings län',
        'Eligibility for upper-secondary school, grade 9, school year 2018/19 – Jönköping County',
      ),
      description: t(
        'Verkliga siffror från Skolverket för länets 13 kommuner: andel elever som slutade årskurs 9 och var behöriga till minst ett nationellt program i gymnasieskolan (alla huvudmän, båda könen).',
        'Real figures from Skolverket for the county’s 13 municipalities: share of pupils leaving grade 9 who were eligible for at least one national upper-secondary programme (all school organisers, both sexes).',
      ),
      source: { name: 'Skolverket', url: 'https://www.skolverket.se' },
      sample: false,
      notes: caveats,
    },
    indicators: [
      {
        id: 'gymnasiebehorighet',
        title: t(
          'Behöriga till gymnasieskolans nationella program, åk 9',
          'Eligible for national upper-secondary programmes, grade 9',
        ),
        shortTitle: t('Gymnasiebehörighet', 'Upper-secondary eligibility'),
        description: t(
          `Andel elever som slutade årskurs 9 läsåret 2018/19 och var behöriga till minst ett nationellt program (minst yrkesprogram), alla huvudmän. Källa: Skolverket. ${caveats
            .slice(0, 3)
            .map((c) => c.sv)
            .join(' ')}`,
          `Share of pupils leaving grade 9 in school year 2018/19 who were eligible for at least one national programme (at least a vocational programme), all school organisers. Source: Skolverket. ${caveats
            .slice(0, 3)
            .map((c) => c.en)
            .join(' ')}`,
        ),
        focusArea: 'completed-studies',
        dimensions: ['achieving'],
        unit: 'percent',
        decimals: 1,
        polarity: 'higher-is-better',
        target: false,
        source: { name: 'Skolverket', url: 'https://www.skolverket.se' },
        data,
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Collaboration structures (simplified illustrations drawn from public descriptions)

const JKPG_URL =
  'https://www.jonkoping.se/kommunpolitik/saarbetarkommunenmed/samverkan/samverkanforochtillsammansmedbarnochunga.4.676a73d6180891fdd3719a55.html';
const jkpgLink = {
  label: t(
    'Samverkan för och med barn och unga, jonkoping.se',
    'Collaboration for and with children and young people, jonkoping.se',
  ),
  url: JKPG_URL,
};
const jkpgHome = { label: 'jonkoping.se', url: 'https://www.jonkoping.se' };

const member = (sector, sv, en) => ({ sector, description: t(sv, en) });

const LSG_AREAS = [
  ['centrum', 'Centrum', 'the city centre'],
  ['oster', 'Öster', 'the east of the city'],
  ['vaster', 'Väster', 'the west of the city'],
  ['soder', 'Söder', 'the south of the city'],
  ['huskvarna', 'Huskvarna', 'Huskvarna'],
  ['norrahammar', 'Norrahammar/Taberg', 'Norrahammar and Taberg'],
  ['bankeryd', 'Bankeryd/Skärstad', 'Bankeryd and Skärstad'],
  ['granna', 'Gränna/Visingsö', 'Gränna and Visingsö'],
];

function makeJonkopingStructure() {
  const lsgMembers = [
    member(
      'school',
      'Rektorer för förskola och grundskola i området',
      'Head teachers of the area’s preschools and schools',
    ),
    member(
      'social-services',
      'Socialtjänst och fältsekreterare',
      'Social services and youth outreach workers',
    ),
    member(
      'leisure-culture',
      'Fritidsgård, fritidsledare och bibliotek',
      'Youth centre, youth leaders and library',
    ),
    member(
      'health-care',
      'Region Jönköpings län: vårdcentral, Barn- och ungdomshälsan',
      'Region Jönköping County: health centre, child and youth health services',
    ),
    member('police', 'Områdespolis', 'Neighbourhood police officer'),
  ];
  const lsg = LSG_AREAS.map(([id, sv, en]) => ({
    id: `lsg-${id}`,
    name: t(`LSG ${sv}`, `LSG ${sv} (local collaboration group)`),
    shortName: 'LSG',
    level: 'operational',
    sectors: ['school', 'social-services', 'leisure-culture', 'health-care', 'police'],
    members: lsgMembers,
    purpose: t(
      `Hälsofrämjande och förebyggande arbete och ungdomsinflytande i området ${sv}; följer upp läget för barn och unga och tar upp frågor till BBU.`,
      `Health promotion, prevention and youth participation in ${en}; follows how children and young people are doing and raises issues with BBU.`,
    ),
    meets: t('Två till fyra gånger per termin', 'Two to four times a term'),
    group: 'lsg',
    links: [jkpgHome],
  }));

  const natverk = [
    ['centrum', 'Centrum'],
    ['vaster', 'Väster'],
    ['soder', 'Söder'],
    ['huskvarna', 'Huskvarna'],
  ].map(([id, sv]) => ({
    id: `natverk-${id}`,
    name: t(`Nätverksgrupp ${sv}`, `Network group ${sv}`),
    level: 'operational',
    sectors: ['school', 'social-services', 'leisure-culture'],
    members: [
      member('school', 'Skolkuratorer på skolor med åk 7–9', 'School counsellors at schools with grades 7–9'),
      member('social-services', 'Fältsekreterare', 'Youth outreach workers'),
      member('leisure-culture', 'Fritidsledare', 'Youth leaders'),
    ],
    purpose: t(
      'Fångar upp vad som händer bland unga i området från vecka till vecka och samordnar insatser kring skola och fritid.',
      'Picks up what is happening among young people in the area week by week and coordinates work around school and leisure time.',
    ),
    meets: t('Varannan vecka', 'Every other week'),
    group: 'natverk',
  }));
  natverk.push({
    id: 'natverk-gymnasiet',
    name: t('Nätverksgrupp gymnasiet', 'Network group, upper-secondary schools'),
    level: 'operational',
    sectors: ['school', 'social-services', 'leisure-culture'],
    members: [
      member(
        'school',
        'Kuratorer och elevhälsa på gymnasieskolorna',
        'Counsellors and pupil health staff at the upper-secondary schools',
      ),
      member('social-services', 'Fältsekreterare', 'Youth outreach workers'),
      member('leisure-culture', 'Fritidsledare', 'Youth leaders'),
    ],
    purpose: t(
      'Samma uppdrag som nätverksgrupperna, för gymnasieelever.',
      'The same task as the network groups, for upper-secondary pupils.',
    ),
    meets: t('En gång i månaden', 'Once a month'),
    group: 'natverk',
  });

  const utokat = [
    {
      id: 'utokat-centrum-oster',
      name: t('Utökad nätverksgrupp Centrum–Öster', 'Extended network group, Centre–East'),
      purpose: t(
        'Samlar nätverksgruppens yrkesgrupper med polis, räddningstjänst och region kring gemensamma frågor i stadskärnan, till exempel riskhelger och evenemang. Rapporterar till båda områdenas LSG.',
        'Brings the network group’s professions together with the police, rescue services and the region on shared issues in the city centre, such as high-risk weekends and events. Reports to both areas’ LSGs.',
      ),
    },
    {
      id: 'utokat-soder-vaster',
      name: t('Utökad nätverksgrupp Söder–Väster', 'Extended network group, South–West'),
      purpose: t(
        'Samordnar trygghetsarbete och fritidsinsatser mellan de södra och västra stadsdelarna.',
        'Coordinates safety work and leisure activities between the southern and western districts.',
      ),
    },
  ].map((b) => ({
    ...b,
    level: 'operational',
    sectors: ['school', 'social-services', 'leisure-culture', 'police', 'rescue-services', 'health-care'],
    members: [
      member('school', 'Skolkuratorer och rektorer', 'School counsellors and head teachers'),
      member(
        'social-services',
        'Fältsekreterare och socialsekreterare',
        'Youth outreach workers and social workers',
      ),
      member('leisure-culture', 'Fritidsledare', 'Youth leaders'),
      member('police', 'Områdespoliser', 'Neighbourhood police officers'),
      member(
        'rescue-services',
        'Räddningstjänstens förebyggande verksamhet',
        'The rescue service’s prevention team',
      ),
      member('health-care', 'Ungdomsmottagningen', 'Youth health clinic'),
    ],
    meets: t('En gång i månaden', 'Once a month'),
    group: 'utokat-natverk',
  }));

  const omrade = [
    ['raslatt', 'Råslätt', 'lsg-soder'],
    ['oxnehaga', 'Öxnehaga', 'lsg-huskvarna'],
  ].map(([id, sv]) => ({
    id: `omrade-${id}`,
    name: t(`Områdesgrupp ${sv}`, `Area group ${sv}`),
    level: 'operational',
    sectors: [
      'social-services',
      'leisure-culture',
      'police',
      'rescue-services',
      'civil-society',
      'children-youth',
    ],
    members: [
      member('social-services', 'Fältsekreterare', 'Youth outreach workers'),
      member('leisure-culture', 'Fritidsgård och bibliotek', 'Youth centre and library'),
      member('police', 'Områdespolis', 'Neighbourhood police officer'),
      member('rescue-services', 'Räddningstjänsten', 'Rescue services'),
      member(
        'civil-society',
        'Föreningar, trossamfund och bostadsbolag',
        'Associations, faith communities and housing companies',
      ),
      member('children-youth', 'Unga från området', 'Young people from the area'),
    ],
    purpose: t(
      `Trygghet och meningsfull fritid i ${sv}, tillsammans med föreningslivet och de unga själva.`,
      `Safety and meaningful leisure in ${sv}, together with local associations and the young people themselves.`,
    ),
    meets: t('En gång i månaden', 'Once a month'),
    group: 'omrade',
  }));

  const bodies = [
    {
      id: 'sbu',
      name: t('Samarbetsorgan för barn och ungdom', 'Joint body for children and young people'),
      shortName: 'SBU',
      level: 'political',
      sectors: ['school', 'social-services', 'leisure-culture', 'health-care', 'rescue-services'],
      members: [
        member(
          'school',
          'Politiker och förvaltningschef, utbildning',
          'Politicians and head of the education department',
        ),
        member(
          'social-services',
          'Politiker och förvaltningschef, socialtjänst',
          'Politicians and head of the social services department',
        ),
        member(
          'leisure-culture',
          'Politiker och förvaltningschef, kultur och fritid',
          'Politicians and head of the culture and leisure department',
        ),
        member(
          'health-care',
          'Politiker och chefer från Region Jönköpings län',
          'Politicians and managers from Region Jönköping County',
        ),
        member('rescue-services', 'Räddningstjänsten', 'Rescue services'),
      ],
      purpose: t(
        'Leder och samordnar övergripande frågor kring barn och unga, ansvarar för handlingsplanen för barns och ungas fysiska, psykiska och sociala hälsa och utgår från länsöverenskommelsen mellan kommunerna och regionen.',
        'Leads and coordinates overall questions about children and young people, is responsible for the action plan for their physical, mental and social health and works from the county agreement between the municipalities and the region.',
      ),
      meets: t('Fyra gånger per år', 'Four times a year'),
      links: [jkpgLink],
      contacts: [
        {
          role: t(
            'Kommunledningskontoret, sekreterare för SBU',
            'Municipal executive office, secretary of SBU',
          ),
          url: 'https://www.jonkoping.se',
        },
      ],
    },
    {
      id: 'bbu',
      name: t('Beredningsgrupp för barn och ungdom', 'Preparatory group for children and young people'),
      shortName: 'BBU',
      level: 'strategic',
      sectors: ['school', 'social-services', 'leisure-culture', 'health-care', 'police', 'rescue-services'],
      members: [
        member(
          'school',
          'Utbildningsförvaltningen, samordnare för samverkan (ordförande)',
          'Education department, collaboration coordinator (chair)',
        ),
        member(
          'social-services',
          'Socialförvaltningen, enhetschefer',
          'Social services department, unit managers',
        ),
        member('leisure-culture', 'Kultur- och fritidsförvaltningen', 'Culture and leisure department'),
        member('health-care', 'Region Jönköpings län', 'Region Jönköping County'),
        member('police', 'Polisen, lokalpolisområde Jönköping', 'Police, Jönköping local police district'),
        member('rescue-services', 'Räddningstjänsten', 'Rescue services'),
      ],
      purpose: t(
        'Bereder och verkställer frågor på uppdrag av SBU: analyserar resultat, följer fastställda indikatorer för barns och ungas psykiska hälsa och samordnar de lokala samverkansgrupperna.',
        'Prepares and carries out matters on behalf of SBU: analyses results, follows agreed indicators for children’s and young people’s mental health and coordinates the local collaboration groups.',
      ),
      meets: t('En gång i månaden under terminerna', 'Once a month during term time'),
      links: [jkpgLink],
      contacts: [
        {
          role: t(
            'Samordnare för samverkan, utbildningsförvaltningen',
            'Collaboration coordinator, education department',
          ),
          url: 'https://www.jonkoping.se',
        },
      ],
    },
    ...lsg,
    {
      id: 'sgg',
      name: t('Samverkansgrupp för gymnasieskolan', 'Collaboration group for upper-secondary schools'),
      shortName: 'SGG',
      level: 'operational',
      sectors: ['school', 'social-services', 'leisure-culture', 'health-care', 'police'],
      members: [
        member(
          'school',
          'Rektorer och elevhälsa på gymnasieskolorna',
          'Head teachers and pupil health staff at the upper-secondary schools',
        ),
        member(
          'social-services',
          'Socialtjänst och fältsekreterare',
          'Social services and youth outreach workers',
        ),
        member('leisure-culture', 'Kultur och fritid', 'Culture and leisure'),
        member('health-care', 'Ungdomsmottagningen', 'Youth health clinic'),
        member('police', 'Polisen', 'Police'),
      ],
      purpose: t(
        'Motsvarar LSG för gymnasieskolan: hälsofrämjande och förebyggande arbete och elevinflytande för gymnasieelever i hela kommunen.',
        'The upper-secondary counterpart of the LSGs: health promotion, prevention and pupil participation for upper-secondary pupils across the municipality.',
      ),
      meets: t('Två gånger per termin', 'Twice a term'),
      links: [jkpgHome],
    },
    ...natverk,
    ...utokat,
    ...omrade,
    {
      id: 'ungdomsforum',
      name: t('Ungdomsforum och dialogträffar', 'Youth forums and dialogue meetings'),
      level: 'operational',
      sectors: ['children-youth', 'leisure-culture'],
      members: [
        member(
          'children-youth',
          'Barn och unga från skolor och fritidsgårdar',
          'Children and young people from schools and youth centres',
        ),
        member(
          'leisure-culture',
          'Kultur- och fritidsförvaltningen (arrangör)',
          'Culture and leisure department (organiser)',
        ),
      ],
      purpose: t(
        'Lokala och centrala ungdomsforum där barn och unga möter politiker och lyfter frågor som är viktiga för dem.',
        'Local and central youth forums where children and young people meet politicians and raise issues that matter to them.',
      ),
      meets: t('En gång per år', 'Once a year'),
    },
  ];

  const relations = [
    {
      from: 'bbu',
      to: 'sbu',
      type: 'prepares-for',
      description: t('Bereder ärenden och verkställer beslut', 'Prepares matters and carries out decisions'),
    },
    ...lsg.map((b) => ({ from: b.id, to: 'bbu', type: 'reports-to' })),
    { from: 'sgg', to: 'bbu', type: 'reports-to' },
    { from: 'natverk-centrum', to: 'lsg-centrum', type: 'reports-to' },
    { from: 'natverk-vaster', to: 'lsg-vaster', type: 'reports-to' },
    { from: 'natverk-soder', to: 'lsg-soder', type: 'reports-to' },
    { from: 'natverk-huskvarna', to: 'lsg-huskvarna', type: 'reports-to' },
    { from: 'natverk-gymnasiet', to: 'sgg', type: 'reports-to' },
    { from: 'utokat-centrum-oster', to: 'lsg-centrum', type: 'reports-to' },
    { from: 'utokat-centrum-oster', to: 'lsg-oster', type: 'reports-to' },
    { from: 'utokat-soder-vaster', to: 'lsg-soder', type: 'reports-to' },
    { from: 'utokat-soder-vaster', to: 'lsg-vaster', type: 'reports-to' },
    { from: 'omrade-raslatt', to: 'lsg-soder', type: 'reports-to' },
    { from: 'omrade-oxnehaga', to: 'lsg-huskvarna', type: 'reports-to' },
    {
      from: 'sgg',
      to: 'lsg-centrum',
      type: 'collaborates-with',
      description: t(
        'Övergången från grundskola till gymnasium',
        'The move from compulsory to upper-secondary school',
      ),
    },
    { from: 'sgg', to: 'lsg-huskvarna', type: 'collaborates-with' },
    { from: 'lsg-centrum', to: 'lsg-oster', type: 'collaborates-with' },
    { from: 'lsg-soder', to: 'lsg-vaster', type: 'collaborates-with' },
    { from: 'lsg-norrahammar', to: 'lsg-soder', type: 'collaborates-with' },
    { from: 'natverk-gymnasiet', to: 'natverk-centrum', type: 'collaborates-with' },
    {
      from: 'ungdomsforum',
      to: 'sbu',
      type: 'collaborates-with',
      description: t(
        'Årliga möten mellan unga och politiker',
        'Yearly meetings between young people and politicians',
      ),
    },
  ];

  return {
    $schema: '../../schema/structure.schema.json',
    meta: {
      title: t(
        'Samverkan kring barn och unga i Jönköpings kommun',
        'Collaboration for children and young people in Jönköping Municipality',
      ),
      description: t(
        'Från politisk nivå (SBU) via beredning (BBU) till lokala samverkansgrupper, gymnasiets samverkansgrupp och nätverks- och områdesgrupper.',
        'From the political level (SBU) through preparation (BBU) to local collaboration groups, the upper-secondary group and network and area groups.',
      ),
      publisher: t(
        'Bästa platsen att leva på – barn och unga',
        'Best place to live – children and young people',
      ),
      updated: UPDATED,
      license: 'CC0-1.0',
      source: { name: 'Jönköpings kommun', url: JKPG_URL },
      sample: true,
      notes: [
        t(
          'Förenklad illustration, sammanställd ur Jönköpings kommuns offentliga beskrivningar. Områdesindelningen för de åtta LSG, nätverks- och områdesgrupperna, mötesrytmer och medlemmar är exempel, inte kommunens faktiska organisation.',
          'A simplified illustration drawn from Jönköping Municipality’s public descriptions. The division of the eight LSGs into areas, the network and area groups, meeting rhythms and members are examples, not the municipality’s actual organisation.',
        ),
        t(
          'Kontakter anges bara som roller, aldrig som namngivna personer.',
          'Contacts are given only as roles, never as named people.',
        ),
      ],
    },
    bodies,
    relations,
    groups: [
      {
        id: 'lsg',
        name: t('Lokala samverkansgrupper', 'Local collaboration groups'),
        shortName: 'LSG',
        description: t(
          'En grupp för vart och ett av kommunens åtta områden.',
          'One group for each of the municipality’s eight areas.',
        ),
      },
      {
        id: 'natverk',
        name: t('Nätverksgrupper', 'Network groups'),
        description: t(
          'Skolkuratorer, fältsekreterare och fritidsledare.',
          'School counsellors, youth outreach workers and youth leaders.',
        ),
      },
      {
        id: 'utokat-natverk',
        name: t('Utökade nätverksgrupper', 'Extended network groups'),
        description: t(
          'Nätverksgrupper med polis, räddningstjänst och region.',
          'Network groups joined by the police, rescue services and the region.',
        ),
      },
      {
        id: 'omrade',
        name: t('Områdesgrupper', 'Area groups'),
        description: t(
          'Trygghet och fritid i enskilda bostadsområden.',
          'Safety and leisure in particular neighbourhoods.',
        ),
      },
    ],
  };
}

const LANSDELAR = [
  [
    'hoglandet',
    'Höglandet',
    'Höglandet',
    'Aneby, Eksjö, Nässjö, Sävsjö, Tranås och Vetlanda',
    'Aneby, Eksjö, Nässjö, Sävsjö, Tranås and Vetlanda',
  ],
  ['jonkoping', 'Jönköping', 'Jönköping', 'Habo, Jönköping och Mullsjö', 'Habo, Jönköping and Mullsjö'],
  [
    'ggvv',
    'Värnamo (GGVV)',
    'Värnamo (GGVV)',
    'Gislaved, Gnosjö, Vaggeryd och Värnamo',
    'Gislaved, Gnosjö, Vaggeryd and Värnamo',
  ],
];

function makeCountyStructure() {
  const rjl = {
    label: t('Kommunalt forum, rjl.se', 'Kommunalt forum, rjl.se'),
    url: 'https://www.rjl.se/Demokrati/politisk-organisation/kommunalt-forum/',
  };
  const lansdelar = LANSDELAR.map(([id, sv, en, munisSv, munisEn]) => ({
    id: `lansdel-${id}`,
    name: t(`Länsdelsgrupp ${sv}`, `County-part group ${en}`),
    level: 'operational',
    sectors: ['school', 'social-services', 'health-care'],
    members: [
      member(
        'school',
        `Elevhälsa och skolchefer i ${munisSv}`,
        `Pupil health and heads of education in ${munisEn}`,
      ),
      member('social-services', `Socialtjänsten i ${munisSv}`, `Social services in ${munisEn}`),
      member(
        'health-care',
        'Region Jönköpings län: primärvård, barn- och ungdomspsykiatri, barn- och ungdomsmedicin',
        'Region Jönköping County: primary care, child and adolescent psychiatry, paediatrics',
      ),
    ],
    purpose: t(
      'Omsätter länsöverenskommelsen och länets utvecklingssatsningar i länsdelen och för utvecklingsbehov vidare till strategigruppen.',
      'Puts the county agreement and the county’s development initiatives into practice in its part of the county and passes development needs on to the strategy group.',
    ),
    meets: t('Fyra gånger per år', 'Four times a year'),
    group: 'lansdel',
  }));

  const arbetsgrupper = [
    [
      'sip',
      'Samordnad individuell plan (SIP)',
      'Coordinated individual plan (SIP)',
      'Gemensamma rutiner och utbildning för SIP för barn och unga.',
      'Shared routines and training for coordinated individual plans for children and young people.',
    ],
    [
      'forsta-linjen',
      'Första linjen för barn och unga',
      'First-line services for children and young people',
      'Tidiga och lättillgängliga insatser vid psykisk ohälsa.',
      'Early, easily accessible help with mental ill-health.',
    ],
    [
      'familjecentraler',
      'Familjecentraler',
      'Family centres',
      'Utveckling av familjecentraler i länets kommuner.',
      'Developing family centres in the county’s municipalities.',
    ],
  ].map(([id, sv, en, pSv, pEn]) => ({
    id: `arbetsgrupp-${id}`,
    name: t(`Arbetsgrupp ${sv}`, `Working group: ${en}`),
    level: 'operational',
    sectors: ['school', 'social-services', 'health-care'],
    members: [
      member('school', 'Elevhälsan', 'Pupil health services'),
      member('social-services', 'Socialtjänsten', 'Social services'),
      member('health-care', 'Region Jönköpings län', 'Region Jönköping County'),
    ],
    purpose: t(pSv, pEn),
    meets: t('Efter behov, oftast en gång i månaden', 'As needed, usually once a month'),
    group: 'arbetsgrupp',
  }));
  arbetsgrupper[2].sectors.push('civil-society');
  arbetsgrupper[2].members.push(
    member('civil-society', 'Idéburna organisationer', 'Non-profit organisations'),
  );

  const bodies = [
    {
      id: 'kommunalt-forum',
      name: 'Kommunalt forum',
      level: 'political',
      sectors: ['health-care', 'social-services', 'school'],
      members: [
        member(
          'health-care',
          'Politiker från Region Jönköpings län',
          'Politicians from Region Jönköping County',
        ),
        member(
          'social-services',
          'Politiker från länets 13 kommuner',
          'Politicians from the county’s 13 municipalities',
        ),
      ],
      purpose: t(
        'Den politiska mötesplatsen mellan Region Jönköpings län och länets 13 kommuner. Beslutar om gemensamma uppdrag och satsningar för hela länet, också sådana som kostar pengar.',
        'The political meeting place between Region Jönköping County and the county’s 13 municipalities. Decides on joint assignments and initiatives for the whole county, including those that cost money.',
      ),
      meets: t('Ungefär fyra gånger per år', 'About four times a year'),
      links: [rjl],
    },
    {
      id: 'pks',
      name: t('Primärkommunalt samverkansorgan', 'Joint body of the municipalities'),
      shortName: 'PKS',
      level: 'political',
      sectors: ['school', 'social-services'],
      members: [
        member('social-services', 'En politiker från varje kommun', 'One politician from each municipality'),
      ],
      purpose: t(
        'Beslutar för de primärkommunala verksamheter som organiseras inom Region Jönköpings län, till exempel social välfärd och utbildning, och om kommunernas gemensamma finansiering.',
        'Decides on the municipal activities organised within Region Jönköping County, such as social welfare and education, and on the municipalities’ joint funding.',
      ),
      meets: t('Ungefär fyra gånger per år', 'About four times a year'),
      links: [rjl],
    },
    {
      id: 'ledningsgrupp',
      name: t('Ledningsgrupp för samverkan', 'Management group for collaboration'),
      level: 'strategic',
      sectors: ['school', 'social-services', 'health-care'],
      members: [
        member('social-services', 'Tre socialchefer', 'Three heads of social services'),
        member('school', 'Tre skolchefer', 'Three heads of education'),
        member(
          'health-care',
          'Regiondirektör, hälso- och sjukvårdsdirektör och utvecklingsdirektör',
          'Regional director, director of health care and director of development',
        ),
      ],
      purpose: t(
        'Bereder frågor till Kommunalt forum och PKS.',
        'Prepares matters for Kommunalt forum and PKS.',
      ),
      meets: t('En gång i månaden', 'Once a month'),
    },
    {
      id: 'strategigrupp',
      name: t('Strategigrupp barn och unga', 'Strategy group for children and young people'),
      level: 'strategic',
      sectors: ['school', 'social-services', 'health-care'],
      members: [
        member(
          'school',
          'Skolchefer och elevhälsochefer från kommunerna',
          'Heads of education and pupil health from the municipalities',
        ),
        member(
          'social-services',
          'Socialchefer från kommunerna',
          'Heads of social services from the municipalities',
        ),
        member(
          'health-care',
          'Verksamhetschefer i Region Jönköpings län',
          'Heads of service in Region Jönköping County',
        ),
      ],
      purpose: t(
        'Identifierar utvecklingsbehov för samverkan kring barn och unga, följer upp och reviderar länsöverenskommelsen och beslutar om innehållet i den länsövergripande handlingsplanen.',
        'Identifies development needs in collaboration for children and young people, follows up and revises the county agreement and decides what the county-wide action plan contains.',
      ),
      meets: t('Sex gånger per år', 'Six times a year'),
      contacts: [
        {
          role: t(
            'Kommunal utveckling, Region Jönköpings län',
            'Municipal development, Region Jönköping County',
          ),
          url: 'https://www.rjl.se',
        },
      ],
    },
    ...lansdelar,
    ...arbetsgrupper,
  ];

  const relations = [
    { from: 'ledningsgrupp', to: 'kommunalt-forum', type: 'prepares-for' },
    {
      from: 'ledningsgrupp',
      to: 'pks',
      type: 'prepares-for',
      description: t(
        'Beslut som kostar pengar för kommunerna',
        'Decisions with costs for the municipalities',
      ),
    },
    { from: 'pks', to: 'kommunalt-forum', type: 'collaborates-with' },
    { from: 'strategigrupp', to: 'ledningsgrupp', type: 'reports-to' },
    ...lansdelar.map((b) => ({ from: b.id, to: 'strategigrupp', type: 'reports-to' })),
    ...arbetsgrupper.map((b) => ({ from: b.id, to: 'strategigrupp', type: 'reports-to' })),
    {
      from: 'arbetsgrupp-forsta-linjen',
      to: 'lansdel-hoglandet',
      type: 'reports-to',
      description: t('Pilot på Höglandet', 'Pilot in Höglandet'),
    },
    { from: 'lansdel-hoglandet', to: 'lansdel-jonkoping', type: 'collaborates-with' },
    { from: 'lansdel-jonkoping', to: 'lansdel-ggvv', type: 'collaborates-with' },
    { from: 'arbetsgrupp-sip', to: 'arbetsgrupp-forsta-linjen', type: 'collaborates-with' },
  ];

  return {
    $schema: '../../schema/structure.schema.json',
    meta: {
      title: t(
        'Samverkan kring barn och unga i Jönköpings län',
        'Collaboration for children and young people in Jönköping County',
      ),
      description: t(
        'Ledningssystemet för samverkan mellan Region Jönköpings län och länets 13 kommuner, för barn och unga: politisk nivå, strategigrupp, länsdelsgrupper och arbetsgrupper.',
        'The joint management system of Region Jönköping County and the county’s 13 municipalities, for children and young people: political level, strategy group, county-part groups and working groups.',
      ),
      publisher: t(
        'Bästa platsen att leva på – barn och unga',
        'Best place to live – children and young people',
      ),
      updated: UPDATED,
      license: 'CC0-1.0',
      source: {
        name: 'Region Jönköpings län',
        url: 'https://www.rjl.se/Demokrati/politisk-organisation/kommunalt-forum/',
      },
      sample: true,
      notes: [
        t(
          'Förenklad illustration, sammanställd ur offentliga beskrivningar av ledningssystemet för samverkan i Jönköpings län. Arbetsgrupper, mötesrytmer och medlemmar är exempel.',
          'A simplified illustration drawn from public descriptions of the joint management system in Jönköping County. Working groups, meeting rhythms and members are examples.',
        ),
        t(
          'Kontakter anges bara som roller, aldrig som namngivna personer.',
          'Contacts are given only as roles, never as named people.',
        ),
      ],
    },
    bodies,
    relations,
    groups: [
      {
        id: 'lansdel',
        name: t('Länsdelsgrupper', 'County-part groups'),
        description: t(
          'Höglandet, Jönköping och Värnamo (GGVV).',
          'Höglandet, Jönköping and Värnamo (GGVV).',
        ),
      },
      { id: 'arbetsgrupp', name: t('Arbetsgrupper', 'Working groups') },
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Output

/** JSON with two-space indentation, but anything that fits on a line of 140 characters (observations,
 * texts, members) on one line. */
function stringify(value, indent = '') {
  const inline = JSON.stringify(value);
  if (value === null || typeof value !== 'object') return inline;
  if (indent.length + inline.length <= 140) return inline;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + stringify(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringify(v, inner)}`).join(',\n')}\n${indent}}`;
}

const files = {
  'barn-och-unga.json': makeSampleDataset(),
  'skolverket-2018-19.json': makeSkolverketDataset(),
  'samverkan-jonkoping.json': makeJonkopingStructure(),
  'samverkan-lan.json': makeCountyStructure(),
};

mkdirSync(OUT_DIR, { recursive: true });
for (const [name, content] of Object.entries(files)) {
  writeFileSync(resolve(OUT_DIR, name), `${stringify(content)}\n`);
}
console.log(
  `make-sample-data: wrote ${Object.keys(files).length} files to ${relative(process.cwd(), OUT_DIR) || '.'}`,
);
