import type { RolldownOptions } from 'rolldown';
import type { Plugin } from 'vite';
export function onDemandRollupOptions(prefix: string): RolldownOptions;
export function autoloaderRollupOptions(prefix: string): RolldownOptions;
export function cleanOnDemand(dir: string, prefix: string): Plugin;
