import type { Plugin } from 'vite';
export function collapseTemplates(code: string): string;
export function collapseLitTemplates(): Plugin;
export function minifyChunks(): Plugin;
