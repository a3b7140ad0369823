import type { RolldownOptions } from 'rolldown';
export function onDemandRollupOptions(prefix: string): RolldownOptions;
