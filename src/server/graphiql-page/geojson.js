// Finds the GeoJSON in a GraphQL result, for the map pane: every geometry, Feature and
// FeatureCollection anywhere in `data`, as one FeatureCollection. Each feature keeps its own
// properties and gains `label` (the name or code of the nearest object around it in the result)
// and `path` (where in the result it was, e.g. authority.neighbours.3.authority.boundary).
// Geometry in British National Grid (a `crs` member naming EPSG:27700) cannot be drawn on a
// web map in longitude/latitude, so it is counted, not drawn.

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

const isGeometry = (v) =>
  isObject(v) &&
  GEOMETRY_TYPES.has(v.type) &&
  (v.type === 'GeometryCollection' ? Array.isArray(v.geometries) : Array.isArray(v.coordinates));

const projected = (v) => isObject(v.crs) && !/CRS84|4326/.test(JSON.stringify(v.crs));

/** The label an object gives what it holds: its name, else its code, else its id. */
function labelOf(object, inherited) {
  for (const key of ['name', 'code', 'id']) if (typeof object[key] === 'string') return object[key];
  return inherited;
}

/** @returns {{ collection: { type: 'FeatureCollection', features: object[] }, projected: number }} */
export function collectFeatures(data) {
  const features = [];
  let skipped = 0;
  const walk = (value, path, label) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i], label));
      return;
    }
    if (!isObject(value)) return;
    const where = path.join('.');
    if (value.type === 'FeatureCollection' && Array.isArray(value.features)) {
      if (projected(value)) skipped += value.features.length;
      else
        value.features.forEach((f, i) => {
          if (isObject(f) && isGeometry(f.geometry))
            features.push({
              type: 'Feature',
              geometry: f.geometry,
              properties: {
                ...f.properties,
                label: labelOf(f.properties ?? {}, f.id === undefined ? label : String(f.id)),
                path: `${where}.features.${i}`,
              },
            });
        });
      return;
    }
    if (value.type === 'Feature' && isGeometry(value.geometry)) {
      if (projected(value)) skipped += 1;
      else
        features.push({
          type: 'Feature',
          geometry: value.geometry,
          properties: { ...value.properties, label: labelOf(value.properties ?? {}, label), path: where },
        });
      return;
    }
    if (isGeometry(value)) {
      if (projected(value)) skipped += 1;
      else {
        features.push({ type: 'Feature', geometry: value, properties: { label: label ?? where, path: where } });
      }
      return;
    }
    const own = labelOf(value, label);
    for (const [key, child] of Object.entries(value)) walk(child, [...path, key], own);
  };
  walk(data, [], undefined);
  return { collection: { type: 'FeatureCollection', features }, projected: skipped };
}

/** [west, south, east, north] of every position in the collection, or null when it has none. */
export function bounds(collection) {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const visit = (c) => {
    if (typeof c[0] === 'number') {
      west = Math.min(west, c[0]);
      east = Math.max(east, c[0]);
      south = Math.min(south, c[1]);
      north = Math.max(north, c[1]);
    } else for (const inner of c) visit(inner);
  };
  const geometry = (g) => (g.type === 'GeometryCollection' ? g.geometries.forEach(geometry) : visit(g.coordinates));
  for (const f of collection.features) geometry(f.geometry);
  return west === Infinity ? null : [west, south, east, north];
}
