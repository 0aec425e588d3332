/** Builds the graph of ranked districts for Moran's I from scores and adjacency links. */
import type { Neighbours } from './statistics.rules';

export interface ScoreGraph {
  codes: string[];
  values: number[];
  neighbours: Neighbours;
  links: number;
}

export function scoreGraph(
  scores: { code: string; score: number }[],
  links: { code: string; neighbourCode: string }[],
): ScoreGraph {
  const codes = scores.map((s) => s.code);
  const index = new Map(codes.map((c, i) => [c, i]));
  const neighbours: Neighbours = codes.map(() => []);
  let count = 0;
  for (const l of links) {
    const i = index.get(l.code);
    const j = index.get(l.neighbourCode);
    if (i === undefined || j === undefined) continue;
    neighbours[i]!.push(j);
    if (i < j) count += 1;
  }
  return { codes, values: scores.map((s) => s.score), neighbours, links: count };
}
