/**
 * Rim labels without a DOM: estimated text widths, wrapping with hyphenation, abbreviation as a last
 * resort, and placement outside the wheel so that labels neither collide nor leave the drawing.
 */

/** Average advance widths in em of a sans-serif font, by character class; a little generous on purpose. */
function charClassWidth(ch: string): number {
  if (ch === ' ') return 0.28;
  if ("iljtfrI!.,:;|'’()[]".includes(ch)) return 0.32;
  if ('mwMW'.includes(ch)) return 0.86;
  if (ch === '…') return 0.9;
  if ('–—%'.includes(ch)) return 0.8;
  if (ch >= '0' && ch <= '9') return 0.57;
  if (ch !== ch.toLowerCase()) return 0.68;
  return 0.56;
}

const charWidths = new Map<string, number>();
function charWidth(ch: string): number {
  let w = charWidths.get(ch);
  if (w === undefined) charWidths.set(ch, (w = charClassWidth(ch)));
  return w;
}

/** Estimated width of `text` in pixels at `fontSize`. Deterministic, so layouts match in every engine. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * (bold ? 1.08 : 1);
}

export type Measure = (text: string, bold: boolean) => number;

const VOWELS = 'aeiouyåäöéüAEIOUYÅÄÖÉÜ';
const SOFT_HYPHEN = '\u00ad';

/**
 * Where a long word may be broken: soft hyphens first; else after a hyphen; else before a consonant that
 * starts a syllable (consonant followed by a vowel), leaving at least three letters on each side
 * ("Ansvars-tagande", "Respek-terad"). Positions index the word without soft hyphens.
 */
export function breakPoints(word: string): { at: number; hyphen: boolean }[] {
  if (word.includes(SOFT_HYPHEN)) {
    const out: { at: number; hyphen: boolean }[] = [];
    let i = 0;
    for (const ch of word) {
      if (ch === SOFT_HYPHEN) out.push({ at: i, hyphen: true });
      else i++;
    }
    return out;
  }
  const out: { at: number; hyphen: boolean }[] = [];
  for (let i = 1; i < word.length; i++)
    if (word[i - 1] === '-' && i < word.length) out.push({ at: i, hyphen: false });
  if (out.length) return out;
  for (let i = 3; i <= word.length - 3; i++) {
    const c = word[i]!;
    const next = word[i + 1] ?? '';
    if (/\p{L}/u.test(c) && !VOWELS.includes(c) && VOWELS.includes(next) && /\p{L}/u.test(word[i - 1]!)) {
      out.push({ at: i, hyphen: true });
    }
  }
  return out;
}

/** Cuts `text` to fit `maxWidth` with an ellipsis. */
export function abbreviate(
  text: string,
  maxWidth: number,
  measure: Measure,
  bold = false,
  force = false,
): string {
  if (!force && measure(text, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1) {
    chars.pop();
    const candidate = `${chars.join('').trimEnd()}…`;
    if (measure(candidate, bold) <= maxWidth) return candidate;
  }
  return '…';
}

export interface Wrapped {
  lines: string[];
  /** True when something had to be cut off (the full text is in the accessible name and the table). */
  truncated: boolean;
}

/** Greedy word wrap into at most `maxLines` lines no wider than `maxWidth`, hyphenating long words. */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: Measure,
  maxLines = 3,
  bold = false,
  hyphenate = true,
  probe = false,
): Wrapped {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => measure(s, bold) <= maxWidth;
  for (const raw of words) {
    let word = raw;
    const candidate = line ? `${line} ${word.replaceAll(SOFT_HYPHEN, '')}` : word.replaceAll(SOFT_HYPHEN, '');
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
    }
    // The word starts a line; break it while it is too wide.
    while (hyphenate && !fits(word.replaceAll(SOFT_HYPHEN, ''))) {
      const plain = word.replaceAll(SOFT_HYPHEN, '');
      const points = breakPoints(word);
      let best: { head: string; rest: string } | undefined;
      for (const p of points) {
        const head = plain.slice(0, p.at) + (p.hyphen ? '-' : '');
        if (fits(head)) best = { head, rest: restAfter(word, p.at) };
      }
      if (!best) break;
      lines.push(best.head);
      word = best.rest;
    }
    line = word.replaceAll(SOFT_HYPHEN, '');
  }
  if (line) lines.push(line);
  // A probe only asks whether the text fits; the abbreviations are not needed.
  if (probe && (lines.length > maxLines || lines.some((l) => !fits(l)))) return { lines, truncated: true };
  let truncated = false;
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1]!.replace(/-$/, '');
    kept[maxLines - 1] = fits(`${last}…`) ? `${last}…` : abbreviate(last, maxWidth, measure, bold, true);
    lines.splice(0, lines.length, ...kept);
    truncated = true;
  }
  for (let i = 0; i < lines.length; i++) {
    if (!fits(lines[i]!)) {
      lines[i] = abbreviate(lines[i]!.replace(/…$/, ''), maxWidth, measure, bold, true);
      truncated = true;
    }
  }
  return { lines, truncated };
}

/** The part of `word` (which may hold soft hyphens) after `at` visible characters. */
function restAfter(word: string, at: number): string {
  let seen = 0;
  let i = 0;
  for (const ch of word) {
    if (seen === at) break;
    if (ch !== SOFT_HYPHEN) seen++;
    i += ch.length;
  }
  return word.slice(i).replace(new RegExp(`^${SOFT_HYPHEN}`), '');
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return (
    a.x < b.x + b.width + pad &&
    b.x < a.x + a.width + pad &&
    a.y < b.y + b.height + pad &&
    b.y < a.y + a.height + pad
  );
}

/** Distance from (cx, cy) to the nearest point of the box. */
export function distanceToBox(box: Box, cx: number, cy: number): number {
  const dx = Math.max(box.x - cx, 0, cx - (box.x + box.width));
  const dy = Math.max(box.y - cy, 0, cy - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/**
 * Pushes overlapping boxes apart vertically: the upper one up, the lower one down, half each.
 * Returns true when no overlaps remain.
 */
export function separate(boxes: Box[], pad = 2, rounds = 30): boolean {
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (!overlaps(a, b, 0)) continue;
        const [upper, lower] = a.y + a.height / 2 <= b.y + b.height / 2 ? [a, b] : [b, a];
        const overlap = upper.y + upper.height + pad - lower.y;
        upper.y -= overlap / 2;
        lower.y += overlap / 2;
        moved = true;
      }
    }
    if (!moved) return true;
  }
  return !boxes.some((a, i) => boxes.some((b, j) => j > i && overlaps(a, b, 0)));
}
