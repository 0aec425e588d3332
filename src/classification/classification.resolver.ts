/** The fields of LocalAuthority this domain owns: its region and how it is classified. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LocalAuthority, plannedValue } from '../authorities';
import { CLASSIFICATION_PLAN_KEY } from './classification.loaders';
import type { ClassificationRow } from './classification.queries';
import type { Context } from '../server/context';
import { broadGroupEnumOf, Classification, Region, ruralUrbanClassOf } from './classification.type';

function classificationOf(c: ClassificationRow): Classification {
  return {
    ruralUrban: ruralUrbanClassOf(c.ruralUrbanCode),
    ruralUrbanCode: c.ruralUrbanCode,
    ruralUrbanName: c.ruralUrbanName,
    ruralUrbanBroadGroup: broadGroupEnumOf(c.broadGroup),
    rural: c.rural,
    ruralPopulationPct2011: c.ruralPopulationPct2011,
    industrial: c.industrial,
    coastal: c.coastal,
    coastlineKm: c.coastlineKm,
    areaType: {
      supergroup: { code: c.supergroupCode, name: c.supergroupName },
      group: { code: c.groupCode, name: c.groupName },
      subgroup: { code: c.subgroupCode, name: c.subgroupName },
    },
  };
}

/** `region` answered at once when the regions are at hand (reference data); undefined otherwise. */
export function plannedRegion(a: LocalAuthority, _args: unknown, ctx: Context): Region | undefined {
  return ctx.loaders.classification.regions.peek()?.find((r) => r.code === a.regionCode);
}

/** `classification` answered at once from a planned row; undefined when it was not planned. */
export function plannedClassification(a: LocalAuthority): Classification | undefined {
  const c = plannedValue<ClassificationRow | null>(a, CLASSIFICATION_PLAN_KEY);
  return c ? classificationOf(c) : undefined;
}

@Resolver(() => LocalAuthority)
export class AuthorityClassificationResolver {
  @FieldResolver(() => Region, { description: 'The English region the district is in (ONS LAD16 to RGN16 lookup).' })
  async region(@Root() a: LocalAuthority, @Ctx() ctx: Context): Promise<Region> {
    const region = await ctx.loaders.classification.region(a.regionCode);
    if (!region) throw new Error(`region ${a.regionCode} of ${a.code} is not loaded`);
    return region;
  }

  @FieldResolver(() => Classification, { description: 'Rural-urban class (DEFRA 2011), rural and industrial flags, and ONS area type.' })
  async classification(@Root() a: LocalAuthority, @Ctx() ctx: Context): Promise<Classification> {
    const c = plannedValue<ClassificationRow | null>(a, CLASSIFICATION_PLAN_KEY) ?? (await ctx.loaders.classification.classification.load(a.code));
    if (!c) throw new Error(`classification of ${a.code} is not loaded`);
    return classificationOf(c);
  }
}
