import { VERSION } from './version.js';

const warned = new Set<string>();

/**
 * Registers a custom element without ever throwing. CMS editors paste the snippet twice, and two sites may
 * load two versions of the bundle: the first definition wins and a different version warns once.
 */
export function defineElement(
  tagName: string,
  constructor: CustomElementConstructor & { version?: string },
): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName) as
    (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    try {
      customElements.define(tagName, constructor);
    } catch {
      // Another copy won a race between `get` and `define`; it is already defined, which is all we need.
    }
    return;
  }
  if (existing === constructor) return;
  const theirs = existing.version ?? 'okänd';
  if (theirs !== VERSION && !warned.has(tagName)) {
    warned.add(tagName);
    console.warn(
      `<${tagName}> är redan registrerad i version ${theirs}; version ${VERSION} används inte. ` +
        `(<${tagName}> is already registered at version ${theirs}; version ${VERSION} is not used.)`,
    );
  }
}
