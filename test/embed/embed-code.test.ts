import { describe, expect, it } from 'vitest';
import { checkAddress, embedUrl } from '../../demo/embed-code.js';

const example = 'https://www.kommun.se/bpl/embed.html';

describe('checkAddress', () => {
  it('accepts full http(s) addresses', () => {
    expect(checkAddress(' https://www.kommun.se/bpl/embed.html ', { relative: false, example })).toEqual({
      ok: true,
      href: 'https://www.kommun.se/bpl/embed.html',
    });
    expect(checkAddress('http://localhost:8080/embed.html', { relative: false, example }).ok).toBe(true);
  });

  it('asks for https:// in front of an address that starts with a host name, and suggests it', () => {
    for (const typed of ['www.kommun.se/bpl/embed.html', 'kommun.se/bpl/embed.html', 'WWW.kommun.se']) {
      for (const relative of [false, true]) {
        const result = checkAddress(typed, { relative, example });
        expect(result.ok, typed).toBe(false);
        if (!result.ok) expect(result.message).toContain(`Menade du https://${typed}?`);
      }
    }
    const protocolRelative = checkAddress('//www.kommun.se/bpl.js', { relative: true, example });
    expect(protocolRelative.ok).toBe(false);
  });

  it('takes a path on the same site only where a relative address works', () => {
    expect(checkAddress('/bpl/bpl.js', { relative: true, example })).toEqual({
      ok: true,
      href: '/bpl/bpl.js',
    });
    expect(checkAddress('bpl.js', { relative: true, example })).toEqual({ ok: true, href: 'bpl.js' });
    const result = checkAddress('/bpl/embed.html', { relative: false, example });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('med https:// i början');
  });

  it('refuses other schemes and unreadable addresses in Swedish', () => {
    const js = checkAddress('javascript:alert(1)', { relative: true, example });
    expect(js.ok).toBe(false);
    if (!js.ok) expect(js.message).toMatch(/^Adressen måste börja med https:\/\//);
    const broken = checkAddress('https://', { relative: false, example });
    expect(broken.ok).toBe(false);
  });

  it('gives embedUrl an address it can use', () => {
    const checked = checkAddress(example, { relative: false, example });
    expect(checked.ok).toBe(true);
    if (checked.ok)
      expect(
        embedUrl({ component: 'trend-chart', attributes: [], lang: 'sv', embedPage: checked.href }),
      ).toBe('https://www.kommun.se/bpl/embed.html?component=trend-chart');
  });
});
