/** Word wrap for box texts, with the core's text-width estimate. */

import { textWidth } from '../../core/text-width.js';

// The component measures its ring labels with it too; it imports it from here.
export { textWidth };

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
