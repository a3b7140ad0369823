/**
 * Linked components without code: components with the same `sync="name"` follow each other's `bpl-select`.
 * A click on a municipality in the map sets the trend chart's and the wheel's `area`; a period chosen in the
 * map or the wheel sets the other's `period`; an indicator chosen in the wheel ("Visa utveckling") sets the
 * trend chart's `indicator`. What a component only reports as context (the map's indicator on a click) is
 * not passed on: a trend chart under its own heading keeps its indicator. With `sync-url` on one member of
 * the group, the selection is also kept in the page address (`?bpl-area=0683&bpl-period=2024`), so a view
 * can be shared and is restored when the page is opened, whichever member connects first.
 *
 * `dist/bpl.js` includes this module; npm users import `@bastaplatsen/viz/sync` once. Developers can drive a
 * group with a plain event: `document.dispatchEvent(new CustomEvent('bpl-select', { detail: { sync: 'name',
 * area: '0680' } }))`, and follow it by listening for `bpl-select` on the document.
 */
import { BplElement } from './base-element.js';
import type { BplSelectDetail } from './events.js';

/** The selection fields a group shares. */
export type SyncField = 'area' | 'period' | 'indicator' | 'body';
export type SyncSelection = Partial<Record<SyncField, string>>;

const FIELDS: readonly SyncField[] = ['area', 'period', 'indicator', 'body'];

/** Which fields each component follows, and the property each sets. `group` is not shared: a chart that
 * shows girls and boys side by side should not switch because a map shows the total. */
export const SYNC_FOLLOWS: Readonly<Record<string, Partial<Record<SyncField, string>>>> = {
  'bpl-trend-chart': { area: 'area', indicator: 'indicator' },
  'bpl-municipality-map': { area: 'area', period: 'period' },
  'bpl-wellbeing-wheel': { area: 'area', period: 'period' },
  'bpl-collaboration-diagram': { body: 'selected' },
};

/** What each component's `bpl-select` chooses; its other fields are context (the map reports the indicator it
 * shows, but a reader clicking a municipality has not chosen that indicator). An event from the page itself
 * chooses all it names. */
export const SYNC_SENDS: Readonly<Record<string, readonly SyncField[]>> = {
  'bpl-trend-chart': ['area', 'period'],
  'bpl-municipality-map': ['area', 'period'],
  'bpl-wellbeing-wheel': ['area', 'period', 'indicator'],
  'bpl-collaboration-diagram': ['body'],
};

/** Prefix of the page address parameters: `bpl-area`, `bpl-period`, `bpl-indicator`, `bpl-body`. */
export const SYNC_URL_PREFIX = 'bpl-';

const members = new Set<HTMLElement>();
const selections = new Map<string, SyncSelection>();

const groupOf = (el: Element): string | undefined => el.getAttribute('sync')?.trim() || undefined;

/** The last selection made in a group (from an event or the page address). */
export function selectionOf(group: string): SyncSelection | undefined {
  return selections.get(group);
}

function pick(detail: BplSelectDetail | SyncSelection, fields = FIELDS): SyncSelection {
  const out: SyncSelection = {};
  for (const field of fields) {
    const value = detail[field];
    if (typeof value === 'string' && value) out[field] = value;
  }
  return out;
}

/** Members of a group: those that joined on connecting, plus any in the document (a `sync` attribute may
 * be added after connecting). */
function membersOf(group: string): HTMLElement[] {
  const found = new Set<HTMLElement>();
  for (const el of members) {
    if (!el.isConnected) members.delete(el);
    else if (groupOf(el) === group) found.add(el);
  }
  for (const el of document.querySelectorAll<HTMLElement>(`[sync="${CSS.escape(group)}"]`))
    if (el instanceof BplElement) found.add(el);
  return [...found];
}

/** Whether a group keeps its selection in the page address: any member with `sync-url`, upgraded or not yet
 * (a component defined later than the others is in the document before it is a BplElement). */
const usesUrl = (group: string): boolean =>
  membersOf(group).some((el) => el.hasAttribute('sync-url')) ||
  document.querySelector(`[sync="${CSS.escape(group)}"][sync-url]`) !== null;

/** Groups whose page address has been read: once, when the first member that finds `sync-url` joins. */
const urlRead = new Set<string>();

function readUrl(): SyncSelection | undefined {
  const params = new URLSearchParams(location.search);
  const out: SyncSelection = {};
  for (const field of FIELDS) {
    const value = params.get(SYNC_URL_PREFIX + field)?.trim();
    if (value) out[field] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

function writeUrl(selection: SyncSelection): void {
  const url = new URL(location.href);
  for (const field of FIELDS) {
    const value = selection[field];
    if (value) url.searchParams.set(SYNC_URL_PREFIX + field, value);
  }
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

/** Selections for lazy members out of view, followed once their data is there. */
const deferred = new WeakMap<HTMLElement, SyncSelection>();

/**
 * Sets the fields a component follows. A follower must never end in an error because of another
 * component's choice (a period its indicator lacks, an area not on its map, a shared address with a code
 * its data does not have): a field whose new value gives an error where there was none gets its old value
 * back, and the other fields still follow. A member still loading (the page just opened with an address
 * to restore) is waited for first, so that an error its data gives can be told apart. A lazy member out of
 * view has no data to check against and loads none until it is seen: it follows then (the group does not
 * wait for it), the later selections merged over the earlier.
 */
async function follow(el: HTMLElement, selection: SyncSelection): Promise<void> {
  const map = SYNC_FOLLOWS[el.localName];
  if (!map || !(el instanceof BplElement) || !el.isConnected) return;
  const target = el as unknown as Record<string, unknown>;
  await el.whenSettled();
  if (el.status === 'idle') {
    const waiting = deferred.get(el);
    deferred.set(el, { ...waiting, ...selection });
    if (!waiting) {
      const later = () => {
        el.removeEventListener('bpl-load', later);
        el.removeEventListener('bpl-error', later);
        const chosen = deferred.get(el);
        deferred.delete(el);
        if (chosen) followLater(el, chosen);
      };
      el.addEventListener('bpl-load', later);
      el.addEventListener('bpl-error', later);
    }
    return;
  }
  for (const field of FIELDS) {
    const prop = map[field];
    const value = selection[field];
    if (!prop || value === undefined || target[prop] === value) continue;
    // The map draws municipalities only; a county or Riket chosen in a trend chart is not on it.
    if (field === 'area' && el.localName === 'bpl-municipality-map' && value.startsWith('00')) continue;
    const before = target[prop];
    const hadError = el.error !== undefined;
    target[prop] = value;
    await el.whenSettled();
    if (!hadError && el.error !== undefined) {
      target[prop] = before;
      await el.updateComplete;
    }
  }
}

/** Follows still under way (a member may wait for its data first), and each member's last one: a member
 * follows one selection at a time, in order, so that one follow's check never sees (or undoes) another's
 * value. */
const following = new Set<Promise<void>>();
const queues = new WeakMap<HTMLElement, Promise<void>>();

function followLater(el: HTMLElement, selection: SyncSelection): void {
  const done = (queues.get(el) ?? Promise.resolve())
    .then(() => follow(el, selection))
    .catch((error: unknown) => console.warn('bpl: a sync member could not follow', error))
    .finally(() => following.delete(done));
  queues.set(el, done);
  following.add(done);
}

/** Resolves when every member has followed the selections made so far (for tests, and for developers:
 * `import { whenSynced } from '@bastaplatsen/viz/sync'`). */
export async function whenSynced(): Promise<void> {
  while (following.size) await Promise.all(following);
}

function onSelect(event: Event): void {
  const detail = (event as CustomEvent<BplSelectDetail | undefined>).detail;
  const group = detail?.sync;
  if (!group) return;
  const sender = event.composedPath()[0] as Element;
  const chosen = pick(detail, SYNC_SENDS[sender.localName ?? '']);
  // A point on a trend chart's comparison line (the county, Riket, a compared area) is context, like the
  // map's indicator: the chart goes on showing its own area, so the group does not switch to the compared
  // one (and a shared address shows what the sender showed).
  if (detail.comparison) delete chosen.area;
  const selection = { ...selections.get(group), ...chosen };
  selections.set(group, selection);
  for (const el of membersOf(group)) if (el !== sender) followLater(el, chosen);
  if (usesUrl(group)) writeUrl(selection);
}

/** A component joins its group as it connects, and takes the group's selection so far. When the group keeps
 * its selection in the page address, the address is read the first time a member finds that out, and given
 * to every member already there too (they may have joined before the member with `sync-url` existed). */
function join(el: HTMLElement): void {
  const group = groupOf(el);
  if (!group) return;
  members.add(el);
  let selection = selections.get(group);
  if (!urlRead.has(group) && usesUrl(group)) {
    urlRead.add(group);
    const fromUrl = readUrl();
    if (fromUrl) {
      selection = { ...selection, ...fromUrl };
      selections.set(group, selection);
      for (const other of membersOf(group)) if (other !== el) followLater(other, fromUrl);
    }
  }
  if (selection) followLater(el, selection);
}

if (typeof document !== 'undefined' && !BplElement.onConnect) {
  BplElement.onConnect = join;
  document.addEventListener('bpl-select', onSelect);
  // Components defined before this module ran have connected without it.
  for (const el of document.querySelectorAll<HTMLElement>('[sync]')) if (el instanceof BplElement) join(el);
}
