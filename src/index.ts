/**
 * qawl: Arabic news reports → typed records of who said what, about whom, and where.
 *
 *   import { extract } from 'qawl';
 *   const doc = await extract('قال المتحدث باسم الوزارة أحمد علي إن الوفد وصل إلى جنيف.');
 */
export { extract, closeBackends, checkInput, InputError, DEFAULT_MAX_CHARS, type ExtractOptions, type NerChoice } from './pipeline.js';
export { createExtractor, type Extractor, type BatchInput } from './extractor.js';
export * from './schema/records.js';
export * as text from './text/index.js';
export { segment, tokenize, normalize, fold, analyze, stems, stripPrefix, type Token } from './text/index.js';
export { detectLanguage } from './text/language.js';
export { embeddedNer, type NerBackend, type NerMention } from './ner/index.js';
export { clusterEntities, linkPlaces } from './entities/index.js';
export { extractClaims } from './speech/index.js';
export { VERSION } from './version.js';
