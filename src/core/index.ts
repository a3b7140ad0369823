export { VERSION } from './version.js';
export { defineElement } from './define.js';
export { BplElement } from './base-element.js';
export { BplError, ERROR_CODES, isBplError, toBplError } from './errors.js';
export type { BplErrorCode, BplErrorParams, DataIssue, IssueKind } from './errors.js';
export { emit } from './events.js';
export type {
  BplErrorDetail,
  BplErrorEvent,
  BplLoadDetail,
  BplLoadEvent,
  BplSelectDetail,
  BplSelectEvent,
} from './events.js';
export * from './areas.js';
export * from './periods.js';
export * from './schema/common.js';
export * from './schema/dataset.js';
export * from './schema/structure.js';
export * from './schema/validate.js';
export * from './schema/validate-structure.js';
export { readStructure } from './loader/structure-reader.js';
import './loader/dataset-reader.js';
export { FORMATS, formatOfPattern } from './schema/formats.js';
export type { JsonSchema } from './schema/runtime.js';
/** The zod schemas of the contract, for npm users who validate with zod themselves. */
export * as schemas from './schema/contract.js';
export { zodValidateDataset, zodValidateStructure, toDataIssues } from './schema/validate-zod.js';
export * from './adapters/index.js';
export * from './loader/fetch.js';
export * from './loader/read.js';
export { DataController } from './loader/data-controller.js';
export type { DataSourceHost, DocumentKind, Loaded, LoadStatus } from './loader/data-controller.js';
export {
  LocalizeController,
  CORE_STRINGS,
  addEnglish,
  loadEnglish,
  errorLines,
  localText,
  resolveLang,
  toLang,
} from './i18n/localize.js';
export type { Lang, Translations } from './i18n/localize.js';
export * from './i18n/format.js';
export { themeStyles, baseStyles, LIGHT_PALETTE, DARK_PALETTE, SEQUENTIAL, DIVERGING } from './theme.js';
export * from './download.js';
export { downloadsMenu, menuStyles } from './toolbar.js';
export type { DownloadKind } from './toolbar.js';
export * from './goal.js';
export * from './dataset-query.js';
