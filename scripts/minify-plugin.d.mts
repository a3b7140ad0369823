import type { Plugin } from 'vite';
export function minifyChunks(): Plugin;
