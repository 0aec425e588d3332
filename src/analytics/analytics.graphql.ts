/**
 * The Commission's questions, one query each: grouped summaries, affluence vs mobility
 * (Spearman), statistical neighbours, spatial clustering (Moran's I, LISA) and comparisons.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { criteriaFromFilter } from '../filter';
import { BadUserInputError, listOf, pairsCost, permutationCost, type RequestContext } from '../common';
import { AuthorityLoaders, loadAuthority, LocalAuthority } from '../authorities';
import { DeprivationLoaders } from '../deprivation';
import { Edition, editionOf, MobilityLoaders } from '../mobility';
import {
  AnalyticsLoaders,
  pairDistances,
  scoresWithDeprivation,
  summaryRows,
  type SummaryRow,
} from './analytics.queries';
import { ClusterArgs, CompareArgs, CorrelationArgs, MoranArgs, SimilarArgs, SummaryArgs } from './analytics.args';
import {
  AuthorityPair,
  ClusterType,
  Comparison,
  Correlation,
  LocalCluster,
  MoransI,
  SimilarAuthority,
  SimilarityVariable,
  Summary,
  SummaryGroup,
} from './analytics.type';
import { scoreGraph } from './clusters';
import { DEFAULT_BASIS, mostSimilar } from './similarity.rules';
import { globalMoran, localMoran, spearman } from './statistics.rules';

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

function summaryGroup(r: SummaryRow, total: SummaryRow): SummaryGroup {
  return {
    key: r.total ? 'TOTAL' : (r.key ?? ''),
    label: r.total ? 'All districts' : (r.label ?? ''),
    districts: r.districts,
    rankedDistricts: r.ranked,
    hotspots: r.hotspots,
    coldspots: r.coldspots,
    hotspotShare: share(r.hotspots, r.ranked),
    coldspotShare: share(r.coldspots, r.ranked),
    shareOfHotspots: share(r.hotspots, total.hotspots),
    shareOfColdspots: share(r.coldspots, total.coldspots),
    meanRank: r.meanRank,
    medianRank: r.medianRank,
    meanScore: r.meanScore,
    medianScore: r.medianScore,
    population: r.population,
    populationInHotspots: r.populationInHotspots,
    populationInColdspots: r.populationInColdspots,
  };
}

@Resolver()
export class AnalyticsQueryResolver {
  @Query(() => Summary, {
    description:
      'Districts matching a filter grouped by region, classification or band, with counts, shares, mean and median rank and score, and population; the groups add up to the total.',
  })
  async summary(@Args() args: SummaryArgs, @Ctx() ctx: RequestContext): Promise<Summary> {
    const { edition } = await editionOf(ctx, args.edition, 'edition');
    const criteria = await criteriaFromFilter(ctx, { ...args.filter, edition: args.filter?.edition ?? edition });
    const rows = await summaryRows(ctx.db, args.groupBy, criteria, edition);
    const totalRow = rows.find((r) => r.total) ?? {
      total: true,
      key: null,
      label: null,
      districts: 0,
      ranked: 0,
      hotspots: 0,
      coldspots: 0,
      meanRank: null,
      medianRank: null,
      meanScore: null,
      medianScore: null,
      population: 0,
      populationInHotspots: 0,
      populationInColdspots: 0,
    };
    return {
      edition,
      groupBy: args.groupBy,
      groups: rows.filter((r) => !r.total).map((r) => summaryGroup(r, totalRow)),
      total: summaryGroup(totalRow, totalRow),
    };
  }

  @Query(() => Correlation, {
    description:
      "Spearman's rank correlation between the index score and an IoD 2015 deprivation score over the ranked districts matching a filter: does affluence go with mobility?",
  })
  async deprivationCorrelation(@Args() args: CorrelationArgs, @Ctx() ctx: RequestContext): Promise<Correlation> {
    const { edition } = await editionOf(ctx, args.edition, 'edition');
    const criteria = await criteriaFromFilter(ctx, { ...args.filter, edition: args.filter?.edition ?? edition });
    const rows = await scoresWithDeprivation(ctx.db, criteria, edition, args.domain);
    return {
      method: 'SPEARMAN',
      rho:
        rows.length >= 3
          ? spearman(
              rows.map((r) => r.score),
              rows.map((r) => r.deprivationScore),
            )
          : null,
      n: rows.length,
      edition,
      domain: args.domain,
    };
  }

  @Query(() => Comparison, {
    complexity: pairsCost,
    description:
      'Two or more districts side by side: the differences in rank, score, deprivation and population, and the distances between them.',
  })
  async compare(@Args() args: CompareArgs, @Ctx() ctx: RequestContext): Promise<Comparison> {
    const { edition } = await editionOf(ctx, args.edition, 'edition');
    const codes = args.codes.map((c) => c.trim().toUpperCase());
    const duplicate = codes.find((c, i) => codes.indexOf(c) !== i);
    if (duplicate)
      throw new BadUserInputError('codes', `codes lists ${duplicate} more than once; give distinct districts`);
    const found = await ctx.use(AuthorityLoaders).byCode.loadMany(codes);
    const unknown = codes.filter((_, i) => !found[i] || found[i] instanceof Error);
    if (unknown.length > 0)
      throw new BadUserInputError('codes', `codes has unknown district code(s): ${unknown.join(', ')}`);
    const [scores, deprivation, distances] = await Promise.all([
      ctx.use(MobilityLoaders).score.loadMany(codes.map((code) => ({ edition, code }))),
      ctx.use(DeprivationLoaders).byCode.loadMany(codes),
      pairDistances(ctx.db, codes),
    ]);
    const at = (code: string) => codes.indexOf(code);
    const score = (code: string) => {
      const s = scores[at(code)];
      return s && !(s instanceof Error) ? s : null;
    };
    const imdRank = (code: string): number => {
      const rows = deprivation[at(code)];
      const imd = rows && !(rows instanceof Error) ? rows.find((r) => r.domain === 'IMD') : undefined;
      if (!imd) throw new Error(`no IMD summary for ${code}`);
      return imd.rankOfAverageScore;
    };
    const population = (code: string): number => {
      const a = found[at(code)];
      return a && !(a instanceof Error) ? (a.population ?? 0) : 0;
    };
    const pairs: AuthorityPair[] = distances.map((d) => {
      const sa = score(d.a);
      const sb = score(d.b);
      return {
        aCode: d.a,
        bCode: d.b,
        rankDifference: sa && sb ? sb.rank - sa.rank : null,
        scoreDifference: sa && sb ? sb.score - sa.score : null,
        imdRankDifference: imdRank(d.b) - imdRank(d.a),
        populationDifference: population(d.b) - population(d.a),
        centroidDistanceKm: d.centroidDistanceKm,
        boundaryDistanceKm: d.boundaryDistanceKm,
      };
    });
    return { edition, codes, pairs };
  }
}

@Resolver(() => Comparison)
export class ComparisonResolver {
  @FieldResolver(() => [LocalAuthority], { description: 'The districts, in the order given.' })
  async authorities(@Root() c: Comparison, @Ctx() ctx: RequestContext): Promise<LocalAuthority[]> {
    const rows = await ctx.use(AuthorityLoaders).byCode.loadMany(c.codes);
    return rows.filter((r): r is NonNullable<typeof r> & LocalAuthority => r !== null && !(r instanceof Error));
  }
}

@Resolver(() => AuthorityPair)
export class AuthorityPairResolver {
  @FieldResolver(() => LocalAuthority, { description: 'The first district of the pair.' })
  async a(
    @Root() p: AuthorityPair,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LocalAuthority> {
    return loadAuthority(ctx, p.aCode, info);
  }

  @FieldResolver(() => LocalAuthority, { description: 'The second district of the pair.' })
  async b(
    @Root() p: AuthorityPair,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LocalAuthority> {
    return loadAuthority(ctx, p.bCode, info);
  }
}

@Resolver(() => LocalAuthority)
export class SimilarResolver {
  @FieldResolver(() => [SimilarAuthority], {
    complexity: listOf(5),
    description:
      'Statistical neighbours: the districts most alike this one on `basis`, by standardised Euclidean distance (each variable z-scored over the 326 districts), nearest first, with the variables that separate them most. Default basis: population density (log10), the seven IoD 2015 domain scores and the rural-urban class.',
  })
  async similar(
    @Root() a: LocalAuthority,
    @Args() args: SimilarArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<SimilarAuthority[]> {
    const basis = args.basis ?? (DEFAULT_BASIS as SimilarityVariable[]);
    if (new Set(basis).size !== basis.length)
      throw new BadUserInputError('basis', 'basis must not list a variable twice');
    const rows = await ctx.use(AnalyticsLoaders).features();
    return mostSimilar(a.code, rows, basis, args.first).map((s) => ({
      ...s,
      contributions: s.contributions.map((c) => ({ ...c, variable: c.variable as SimilarityVariable })),
    }));
  }
}

@Resolver(() => Edition)
export class EditionClusterResolver {
  @FieldResolver(() => MoransI, {
    complexity: permutationCost(20, 1),
    description:
      "Global Moran's I of the index score over the graph of ranked districts linked by land borders and across-water pairs (row-standardised weights), with a seeded permutation test. Do coldspots cluster? I well above expected with a small pValue says similar scores sit together.",
  })
  async moransI(@Root() e: Edition, @Args() args: MoranArgs, @Ctx() ctx: RequestContext): Promise<MoransI> {
    const graph = scoreGraph(
      await ctx.use(AnalyticsLoaders).scores.for(e.edition)(),
      await ctx.use(AnalyticsLoaders).links.for(args.maxWaterGapKm)(),
    );
    const result = globalMoran(graph.values, graph.neighbours, args.permutations, args.seed);
    return {
      ...result,
      districts: graph.codes.length,
      links: graph.links,
      isolated: graph.neighbours.filter((n) => n.length === 0).length,
      permutations: args.permutations,
      seed: args.seed,
    };
  }

  @FieldResolver(() => [LocalCluster], {
    complexity: permutationCost(50, 324),
    description:
      'Local Moran (LISA) for every ranked district, by code: the cluster type at significance level alpha from a seeded conditional permutation test.',
  })
  async clusters(@Root() e: Edition, @Args() args: ClusterArgs, @Ctx() ctx: RequestContext): Promise<LocalCluster[]> {
    const graph = scoreGraph(
      await ctx.use(AnalyticsLoaders).scores.for(e.edition)(),
      await ctx.use(AnalyticsLoaders).links.for(args.maxWaterGapKm)(),
    );
    const local = localMoran(graph.values, graph.neighbours, args.permutations, args.seed, args.alpha);
    return graph.codes
      .map((code, i) => ({
        code,
        localI: local[i]!.ii,
        pValue: local[i]!.pValue,
        cluster: local[i]!.cluster as ClusterType,
      }))
      .filter((c) => !args.cluster || c.cluster === args.cluster);
  }
}

@Resolver(() => LocalCluster)
export class LocalClusterResolver {
  @FieldResolver(() => LocalAuthority, { description: 'The district.' })
  async authority(
    @Root() c: LocalCluster,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LocalAuthority> {
    return loadAuthority(ctx, c.code, info);
  }
}

@Resolver(() => SimilarAuthority)
export class SimilarAuthorityResolver {
  @FieldResolver(() => LocalAuthority, { description: 'The similar district.' })
  async authority(
    @Root() s: SimilarAuthority,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LocalAuthority> {
    return loadAuthority(ctx, s.code, info);
  }
}
