/** GraphQL types of the analytics: summaries, correlation, statistical neighbours, clusters, comparisons. */
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum SummaryGroupBy {
  REGION = 'REGION',
  RURAL_URBAN_CLASS = 'RURAL_URBAN_CLASS',
  RURAL_URBAN_BROAD_GROUP = 'RURAL_URBAN_BROAD_GROUP',
  COASTAL = 'COASTAL',
  INDUSTRIAL = 'INDUSTRIAL',
  AREA_SUPERGROUP = 'AREA_SUPERGROUP',
  AREA_GROUP = 'AREA_GROUP',
  BAND = 'BAND',
}

registerEnumType(SummaryGroupBy, {
  name: 'SummaryGroupBy',
  description: 'What to group districts by in a summary.',
  valuesConfig: {
    REGION: { description: 'English region (key: E12 code).' },
    RURAL_URBAN_CLASS: { description: 'DEFRA rural-urban class (key: class code 1..6).' },
    RURAL_URBAN_BROAD_GROUP: { description: 'DEFRA broad group (key: its name).' },
    COASTAL: { description: 'Coastal or not (key: "true"/"false"; see Classification.coastal).' },
    INDUSTRIAL: { description: 'Industrial or not (key: "true"/"false"; see Classification.industrial).' },
    AREA_SUPERGROUP: { description: 'ONS 2011 area classification supergroup (key: its code, e.g. "6").' },
    AREA_GROUP: { description: 'ONS 2011 area classification group (key: its code, e.g. "8a").' },
    BAND: { description: 'Band in the edition (key: HOTSPOT, COLDSPOT, NEITHER or UNRANKED).' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: 'Figures for one group of districts (or for all of them, in Summary.total).',
})
export class SummaryGroup {
  @Field({ description: 'Group key (see SummaryGroupBy); "TOTAL" for the total row.' })
  key!: string;

  @Field({ description: 'Human-readable name of the group.' })
  label!: string;

  @Field(() => Int, { description: 'Districts in the group (ranked or not).' })
  districts!: number;

  @Field(() => Int, { description: 'Districts the edition ranks.' })
  rankedDistricts!: number;

  @Field(() => Int, { description: 'Hotspots: rank <= k = round(0.2 N).' })
  hotspots!: number;

  @Field(() => Int, { description: 'Coldspots: rank > N - k.' })
  coldspots!: number;

  @Field(() => Float, { nullable: true, description: 'hotspots / rankedDistricts (0..1); null when none is ranked.' })
  hotspotShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'coldspots / rankedDistricts (0..1); null when none is ranked.' })
  coldspotShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "This group's share (0..1) of all hotspots in the summary (of the total row's hotspots).",
  })
  shareOfHotspots!: number | null;

  @Field(() => Float, { nullable: true, description: "This group's share (0..1) of all coldspots in the summary." })
  shareOfColdspots!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean rank of the ranked districts (1 = best); null when none is ranked.',
  })
  meanRank!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median rank of the ranked districts (the mean of the middle two for an even count).',
  })
  medianRank!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean index score of the ranked districts (higher is better).' })
  meanScore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median index score of the ranked districts.' })
  medianScore!: number | null;

  @Field(() => Float, { description: 'Mid-2016 population (ONS) of the districts in the group.' })
  population!: number;

  @Field(() => Float, { description: 'Mid-2016 population living in the group’s hotspots.' })
  populationInHotspots!: number;

  @Field(() => Float, { description: 'Mid-2016 population living in the group’s coldspots.' })
  populationInColdspots!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Districts matching a filter, grouped; the groups add up to the total.',
})
export class Summary {
  @Field(() => Int, { description: 'Edition the bands, ranks and scores come from.' })
  edition!: number;

  @Field(() => SummaryGroupBy, { description: 'What the districts are grouped by.' })
  groupBy!: SummaryGroupBy;

  @Field(() => [SummaryGroup], { description: 'One entry per group present, ordered by key.' })
  groups!: SummaryGroup[];

  @Field(() => SummaryGroup, { description: 'All the districts matching the filter.' })
  total!: SummaryGroup;
}

@ObjectType({
  simpleResolvers: true,
  description: "Spearman's rank correlation between the index score and a deprivation score over a set of districts.",
})
export class Correlation {
  @Field({
    description: 'Always "SPEARMAN": the Pearson correlation of the two series’ ranks, ties given their average rank.',
  })
  method!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Spearman’s rho (-1..1) between the index score (higher = better mobility) and the deprivation average score (higher = more deprived). Negative: more deprived districts tend to do worse on mobility. Null for fewer than 3 districts.',
  })
  rho!: number | null;

  @Field(() => Int, {
    description: 'Number of districts it is computed on: those matching the filter that the edition ranks.',
  })
  n!: number;

  @Field(() => Int, { description: 'Edition of the index scores.' })
  edition!: number;

  @Field({ description: 'Deprivation domain whose IoD 2015 average score is used.' })
  domain!: string;
}

export enum SimilarityVariable {
  POPULATION_DENSITY = 'POPULATION_DENSITY',
  IMD = 'IMD',
  INCOME = 'INCOME',
  EMPLOYMENT = 'EMPLOYMENT',
  EDUCATION = 'EDUCATION',
  HEALTH = 'HEALTH',
  CRIME = 'CRIME',
  BARRIERS = 'BARRIERS',
  LIVING_ENVIRONMENT = 'LIVING_ENVIRONMENT',
  RURAL_URBAN_CLASS = 'RURAL_URBAN_CLASS',
  RURAL_POPULATION_SHARE = 'RURAL_POPULATION_SHARE',
}

registerEnumType(SimilarityVariable, {
  name: 'SimilarityVariable',
  description:
    'A variable statistical neighbours can be computed on. Each is standardised (z-score over the 326 districts) before distances are taken.',
  valuesConfig: {
    POPULATION_DENSITY: { description: 'log10 of ONS mid-2016 persons per km².' },
    IMD: { description: 'IoD 2015 IMD average score.' },
    INCOME: { description: 'IoD 2015 Income domain average score (a rate).' },
    EMPLOYMENT: { description: 'IoD 2015 Employment domain average score (a rate).' },
    EDUCATION: { description: 'IoD 2015 Education, Skills and Training domain average score.' },
    HEALTH: { description: 'IoD 2015 Health Deprivation and Disability domain average score.' },
    CRIME: { description: 'IoD 2015 Crime domain average score.' },
    BARRIERS: { description: 'IoD 2015 Barriers to Housing and Services domain average score.' },
    LIVING_ENVIRONMENT: { description: 'IoD 2015 Living Environment domain average score.' },
    RURAL_URBAN_CLASS: {
      description: 'DEFRA rural-urban class code 1 (Mainly Rural) .. 6 (Urban with Major Conurbation), as a number.',
    },
    RURAL_POPULATION_SHARE: {
      description: 'DEFRA share of the 2011 population in rural areas including hub towns, percent.',
    },
  },
});

@ObjectType({ simpleResolvers: true, description: 'How much one variable separates two districts.' })
export class VariableContribution {
  @Field(() => SimilarityVariable, { description: 'The variable.' })
  variable!: SimilarityVariable;

  @Field(() => Float, { description: 'The other district’s value minus this district’s, in standard deviations.' })
  difference!: number;

  @Field(() => Float, { description: 'Share (0..1) of the squared distance this variable accounts for.' })
  share!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A statistical neighbour: a district alike on the chosen variables.',
})
export class SimilarAuthority {
  @Field(() => Float, {
    description:
      'Standardised Euclidean distance: sqrt of the sum over variables of the squared difference in z-scores. 0 = identical.',
  })
  distance!: number;

  @Field(() => [VariableContribution], {
    description: 'The variables that contribute most to the distance, largest first (at most 3).',
  })
  contributions!: VariableContribution[];

  code!: string;
}

export enum ClusterType {
  HIGH_HIGH = 'HIGH_HIGH',
  LOW_LOW = 'LOW_LOW',
  HIGH_LOW = 'HIGH_LOW',
  LOW_HIGH = 'LOW_HIGH',
  NOT_SIGNIFICANT = 'NOT_SIGNIFICANT',
}

registerEnumType(ClusterType, {
  name: 'ClusterType',
  description: 'Local Moran cluster type of a district’s index score (high = above the mean score).',
  valuesConfig: {
    HIGH_HIGH: { description: 'High score among high-scoring neighbours: a cluster of good mobility.' },
    LOW_LOW: { description: 'Low score among low-scoring neighbours: a cluster of poor mobility (coldspots cluster).' },
    HIGH_LOW: { description: 'High score among low-scoring neighbours: an outlier.' },
    LOW_HIGH: { description: 'Low score among high-scoring neighbours: an outlier.' },
    NOT_SIGNIFICANT: {
      description: 'The local statistic is not significant at the chosen level (or the district has no neighbours).',
    },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: "Global Moran's I of the index score over the district adjacency graph, with a permutation test.",
})
export class MoransI {
  @Field(() => Float, {
    description: "Moran's I with row-standardised weights: above expected = similar scores cluster together.",
  })
  i!: number;

  @Field(() => Float, { description: 'Expected I under no spatial autocorrelation: -1 / (n - 1).' })
  expected!: number;

  @Field(() => Float, { description: '(I - mean of permuted I) / standard deviation of permuted I.' })
  zScore!: number;

  @Field(() => Float, {
    description: 'Pseudo p-value: (number of permutations at least as extreme + 1) / (permutations + 1), one-sided.',
  })
  pValue!: number;

  @Field(() => Int, { description: 'Ranked districts in the graph.' })
  districts!: number;

  @Field(() => Int, {
    description:
      'Links (undirected) between ranked districts: land borders and across-water pairs up to maxWaterGapKm.',
  })
  links!: number;

  @Field(() => Int, { description: 'Ranked districts without a neighbour (left out of the weights).' })
  isolated!: number;

  @Field(() => Int, { description: 'Permutations used.' })
  permutations!: number;

  @Field(() => Int, {
    description: 'Seed of the pseudo-random generator (mulberry32): the same seed gives the same result.',
  })
  seed!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Local indicator of spatial association (local Moran) for one district.',
})
export class LocalCluster {
  @Field(() => Float, {
    description: 'Local Moran I_i = (z_i / m2) * mean of neighbours’ z, z = score - mean score, m2 = mean of z².',
  })
  localI!: number;

  @Field(() => Float, {
    description:
      'Pseudo p-value from a conditional permutation test (the district’s value fixed, neighbours drawn at random).',
  })
  pValue!: number;

  @Field(() => ClusterType, { description: 'Cluster type at the chosen significance level.' })
  cluster!: ClusterType;

  code!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Two districts compared (b relative to a).' })
export class AuthorityPair {
  @Field(() => Int, {
    nullable: true,
    description: 'rank(b) - rank(a): positive when b ranks worse. Null when either is unranked.',
  })
  rankDifference!: number | null;

  @Field(() => Float, { nullable: true, description: 'score(b) - score(a). Null when either is unranked.' })
  scoreDifference!: number | null;

  @Field(() => Int, { description: 'IMD 2015 rank of average score of b minus a (positive: b is less deprived).' })
  imdRankDifference!: number;

  @Field(() => Int, { description: 'Mid-2016 population of b minus a.' })
  populationDifference!: number;

  @Field(() => Float, { description: 'Distance between the centroids, km (EPSG:27700).' })
  centroidDistanceKm!: number;

  @Field(() => Float, { description: 'Shortest distance between the boundaries, km (EPSG:27700); 0 when they touch.' })
  boundaryDistanceKm!: number;

  aCode!: string;
  bCode!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Districts side by side, with the differences between every pair.' })
export class Comparison {
  @Field(() => Int, { description: 'Edition the ranks and scores come from.' })
  edition!: number;

  @Field(() => [AuthorityPair], { description: 'Every pair (a before b in the order the codes were given).' })
  pairs!: AuthorityPair[];

  codes!: string[];
}
