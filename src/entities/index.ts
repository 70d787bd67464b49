/** Entities: document-level clusters of NER mentions, and GeoNames links for places. */
export { clusterEntities } from './cluster.js';
export { linkPlaces, placeCandidates } from './places.js';
export { mentionName, titleWords } from './names.js';
