/**
 * Text width estimates for box sizes. Measuring real text needs a DOM (and differs between fonts), so the
 * layout works from per-character widths of a typical sans-serif, rounded up: a box is a little wider than
 * needed rather than too narrow.
 */

const NARROW = new Set("iljtfr.,:;'|!()[] ");
const WIDE = new Set('mwMWQGOD@%');

/** Estimated width in pixels of `text` at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.34;
    else if (WIDE.has(ch)) em += ch === ch.toLowerCase() ? 0.92 : 0.86;
    else if (ch !== ch.toLowerCase()) em += 0.74;
    else if (ch >= '0' && ch <= '9') em += 0.64;
    else em += 0.61;
  }
  // Wide enough for DejaVu Sans (Linux default), so narrower fonts (Segoe UI, Helvetica) always fit.
  return em * size * (bold ? 1.15 : 1);
}

/**
 * Greedy word wrap into lines no wider than `maxWidth`, breaking after spaces and hyphens. A word that is
 * wider on its own gets its own line (and the box grows to it, up to the caller's limit). At most
 * `maxLines` lines; the last one ends with "…" when text was left out.
 */
export function wrapText(text: string, maxWidth: number, size: number, maxLines = 3, bold = false): string[] {
  const words = text
    .trim()
    .split(/(?<=[\s-])/)
    .filter((w) => w.trim() !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line + word;
    if (line !== '' && textWidth(candidate.trimEnd(), size, bold) > maxWidth) {
      lines.push(line.trimEnd());
      line = word;
    } else line = candidate;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s-]+$/, '')}…`;
    return kept;
  }
  return lines;
}
