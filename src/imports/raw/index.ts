/** The readers of the raw public files, one per source; each validates as it reads. */
export { readAreaClassification } from './area-classification';
export { readBoundaries, readDetailedBoundaries } from './boundaries';
export { ENGLISH_DISTRICT_COUNT, type Lookup } from './checks';
export { readDeprivation } from './deprivation';
export { readLookup } from './lookup';
export { readPopulation } from './population';
export { readRuralUrban } from './rural-urban';
export { readSmi2016 } from './smi';
export { readAreaLookup, readAreas, readSuccessors2019, type AreaLookupRow, type RawArea } from './areas';
