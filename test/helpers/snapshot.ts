import { executeServerCommand } from '@web/test-runner-commands';

/** Serialises an SVG for comparison: Lit's markers removed, numbers rounded, generated ids renumbered. */
export function normaliseSvg(svg: Element): string {
  let text = new XMLSerializer().serializeToString(svg);
  text = text.replace(/<!--[^>]*-->/g, '');
  text = text.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100));
  const ids = new Map<string, string>();
  text = text.replace(/\bid="([^"]+)"/g, (_, id: string) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size}`);
    return `id="${ids.get(id)}"`;
  });
  for (const [id, next] of ids) text = text.split(`#${id}`).join(`#${next}`);
  return text.replace(/>\s*</g, '>\n<');
}

/** Compares an SVG with `test/snapshots/NAME.svg`; throws with the path of the changed file on a difference. */
export async function matchSvgSnapshot(svg: Element | null | undefined, name: string): Promise<void> {
  if (!svg) throw new Error(`no SVG to snapshot for ${name}`);
  const result = await executeServerCommand<
    { ok: boolean; message?: string },
    { name: string; content: string }
  >('bpl-snapshot', { name, content: normaliseSvg(svg) });
  if (!result?.ok) throw new Error(result?.message ?? `snapshot ${name} failed`);
}
