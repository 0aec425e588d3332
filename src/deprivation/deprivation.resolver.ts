/** The field of LocalAuthority this domain owns: its Indices of Deprivation 2015 summary. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LocalAuthority } from '../authorities';
import type { Context } from '../server/context';
import { Deprivation, DeprivationDomain, type DeprivationMeasures } from './deprivation.type';

@Resolver(() => LocalAuthority)
export class AuthorityDeprivationResolver {
  @FieldResolver(() => Deprivation, { nullable: true, description: 'English Indices of Deprivation 2015 summary for the district (all 326 districts have one).' })
  async deprivation(@Root() a: LocalAuthority, @Ctx() ctx: Context): Promise<Deprivation | null> {
    const rows = await ctx.loaders.deprivation.byCode.load(a.code);
    const imd = rows.find((r) => r.domain === 'IMD');
    if (!imd) return null;
    const measures = (r: (typeof rows)[number]): DeprivationMeasures => ({ ...r, domain: r.domain as DeprivationDomain });
    const required = (value: number | null, what: string): number => {
      if (value === null) throw new Error(`IMD ${what} of ${a.code} is not loaded`);
      return value;
    };
    return {
      imd: measures(imd),
      extent: required(imd.extent, 'extent'),
      rankOfExtent: required(imd.rankOfExtent, 'rank of extent'),
      localConcentration: required(imd.localConcentration, 'local concentration'),
      rankOfLocalConcentration: required(imd.rankOfLocalConcentration, 'rank of local concentration'),
      domains: rows.map(measures),
      outOf: imd.outOf,
    };
  }
}
