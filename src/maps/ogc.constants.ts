/** What the OGC API routes and their OpenAPI definition share. */
export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
export const EPSG_27700 = 'http://www.opengis.net/def/crs/EPSG/0/27700';
export const CRS_LIST = [CRS84, EPSG_27700];
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 500;
