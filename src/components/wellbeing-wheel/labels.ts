/**
 * Rim labels without a DOM: wrapping with hyphenation, abbreviation as a last resort, and boxes pushed
 * apart so that labels never collide. Widths come from a `Measure` (the core's text-width estimate).
 */

export type Measure = (text: string, bold: boolean) => number;

const VOWELS = 'aeiouyåäöéü';
const SOFT_HYPHEN = '\u00ad';
const isLetter = (c: string | undefined) => !!c && c.toLowerCase() !== c.toUpperCase();

/**
 * Where a long word may be broken: soft hyphens first; else after a hyphen; else before a consonant that
 * starts a syllable (consonant followed by a vowel), leaving at least three letters on each side
 * ("Ansvars-tagande", "Respek-terad"). Positions index the word without soft hyphens.
 */
export function breakPoints(word: string): { at: number; hyphen: boolean }[] {
  const out: { at: number; hyphen: boolean }[] = [];
  if (word.includes(SOFT_HYPHEN)) {
    let at = 0;
    for (const ch of word) {
      if (ch === SOFT_HYPHEN) out.push({ at, hyphen: true });
      else at++;
    }
    return out;
  }
  for (let i = 1; i < word.length; i++) if (word[i - 1] === '-') out.push({ at: i, hyphen: false });
  if (out.length) return out;
  for (let i = 3; i <= word.length - 3; i++) {
    const c = word[i]!;
    if (
      isLetter(word[i - 1]) &&
      isLetter(c) &&
      !VOWELS.includes(c.toLowerCase()) &&
      VOWELS.includes((word[i + 1] ?? '').toLowerCase())
    )
      out.push({ at: i, hyphen: true });
  }
  return out;
}

/** Cuts `text` to the longest prefix that fits `maxWidth` with an ellipsis. */
export function abbreviate(text: string, maxWidth: number, measure: Measure, bold = false): string {
  const chars = [...text];
  for (let n = chars.length; n > 0; n--) {
    const cut = `${chars.slice(0, n).join('').trimEnd()}…`;
    if (measure(cut, bold) <= maxWidth) return cut;
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
): Wrapped {
  const fits = (s: string) => measure(s, bold) <= maxWidth;
  const plain = (s: string) => s.replaceAll(SOFT_HYPHEN, '');
  const lines: string[] = [];
  let line = '';
  for (let word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${plain(word)}` : plain(word);
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    // The word starts a line; break it while it is too wide, at the last break point that fits.
    while (hyphenate && !fits(plain(word))) {
      let best: { head: string; at: number } | undefined;
      for (const { at, hyphen } of breakPoints(word)) {
        const head = plain(word).slice(0, at) + (hyphen ? '-' : '');
        if (fits(head)) best = { head, at };
      }
      if (!best) break;
      lines.push(best.head);
      // The rest after `at` visible characters (soft hyphens do not count), without a leading soft hyphen.
      let i = 0;
      for (let n = best.at; n > 0; i++) if (word[i] !== SOFT_HYPHEN) n--;
      word = word.slice(i).replace(/^\u00ad/, '');
    }
    line = plain(word);
  }
  if (line) lines.push(line);
  let truncated = lines.length > maxLines;
  if (truncated) lines.splice(maxLines - 1, Infinity, `${lines[maxLines - 1]!.replace(/-$/, '')}…`);
  lines.forEach((l, i) => {
    if (!fits(l)) {
      lines[i] = abbreviate(l.replace(/…$/, ''), maxWidth, measure, bold);
      truncated = true;
    }
  });
  return { lines, truncated };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Distance from (cx, cy) to the nearest point of the box. */
export function distanceToBox(box: Box, cx: number, cy: number): number {
  return Math.hypot(
    Math.max(box.x - cx, 0, cx - box.x - box.width),
    Math.max(box.y - cy, 0, cy - box.y - box.height),
  );
}

/**
 * Pushes overlapping boxes apart vertically: the upper one up, the lower one down, half each.
 * Returns true when no overlaps remain.
 */
export function separate(boxes: Box[], pad = 2, rounds = 30): boolean {
  for (let round = 0; round <= rounds; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (!overlaps(a, b)) continue;
        if (round === rounds) return false;
        const [upper, lower] = a.y + a.height / 2 <= b.y + b.height / 2 ? [a, b] : [b, a];
        const overlap = (upper.y + upper.height + pad - lower.y) / 2;
        upper.y -= overlap;
        lower.y += overlap;
        moved = true;
      }
    if (!moved) return true;
  }
  return false;
}
