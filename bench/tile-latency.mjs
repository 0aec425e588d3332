// One client's latency for the vector tiles of a map of all England, tile by tile:
//   TILE_CACHE_BYTES=0 npm start          (in another shell; with DATABASE_URL=… for PostgreSQL)
//   node bench/tile-latency.mjs [http://127.0.0.1:4000] [rounds, default 10]
// It reads the districts' bounds from /tiles.json, asks for every z6 tile inside them in turn,
// `rounds` times, and prints the p50 and p99 of the answers and the bytes of one map view.
// With TILE_CACHE_BYTES=0 every tile is made by the database; without it, from the second round
// on, tiles come from the server's memory. The figures in bench/README.md come from it.
const base = process.argv[2] ?? 'http://127.0.0.1:4000';
const rounds = Number(process.argv[3] ?? 10);
const z = 6;
const n = 2 ** z;
const column = (lon) => Math.floor(((lon + 180) / 360) * n);
const row = (lat) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
};

const tileJson = await (await fetch(`${base}/tiles.json`)).json();
const [west, south, east, north] = tileJson.bounds;
const tiles = [];
for (let x = column(west); x <= column(east); x++)
  for (let y = row(north); y <= row(south); y++) tiles.push(`${z}/${x}/${y}`);

const ms = [];
let bytes = 0;
for (let round = 0; round < rounds; round++) {
  for (const tile of tiles) {
    const started = performance.now();
    const res = await fetch(`${base}/tiles/${tile}.mvt`);
    const body = await res.arrayBuffer();
    if (res.status !== 200 && res.status !== 204) throw new Error(`tile ${tile}: HTTP ${res.status}`);
    ms.push(performance.now() - started);
    if (round === 0) bytes += body.byteLength;
  }
}
ms.sort((a, b) => a - b);
const at = (p) => Number(ms[Math.min(ms.length - 1, Math.floor(p * ms.length))].toFixed(1));
console.log(
  JSON.stringify({
    zoom: z,
    tiles: tiles.length,
    requests: ms.length,
    bytesPerMapView: bytes,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: at(1),
  }),
);
