/** GraphQL types for regions and the classifications of districts. */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum RuralUrbanClass {
  MAINLY_RURAL = 'MAINLY_RURAL',
  LARGELY_RURAL = 'LARGELY_RURAL',
  URBAN_WITH_SIGNIFICANT_RURAL = 'URBAN_WITH_SIGNIFICANT_RURAL',
  URBAN_WITH_CITY_AND_TOWN = 'URBAN_WITH_CITY_AND_TOWN',
  URBAN_WITH_MINOR_CONURBATION = 'URBAN_WITH_MINOR_CONURBATION',
  URBAN_WITH_MAJOR_CONURBATION = 'URBAN_WITH_MAJOR_CONURBATION',
}

/** DEFRA class codes 1..6 in the order of the enum. */
export const RURAL_URBAN_CODE: Record<RuralUrbanClass, number> = {
  MAINLY_RURAL: 1,
  LARGELY_RURAL: 2,
  URBAN_WITH_SIGNIFICANT_RURAL: 3,
  URBAN_WITH_CITY_AND_TOWN: 4,
  URBAN_WITH_MINOR_CONURBATION: 5,
  URBAN_WITH_MAJOR_CONURBATION: 6,
};

export function ruralUrbanClassOf(code: number): RuralUrbanClass {
  const found = (Object.keys(RURAL_URBAN_CODE) as RuralUrbanClass[]).find((k) => RURAL_URBAN_CODE[k] === code);
  if (!found) throw new RangeError(`rural-urban class code must be 1..6 (got ${code})`);
  return found;
}

registerEnumType(RuralUrbanClass, {
  name: 'RuralUrbanClass',
  description: 'DEFRA Rural-Urban Classification 2011 of local authority districts (six classes, by the share of the population in rural areas including hub towns).',
  valuesConfig: {
    MAINLY_RURAL: { description: 'Class 1: Mainly Rural (rural including hub towns >= 80%). Broad group Predominantly Rural.' },
    LARGELY_RURAL: { description: 'Class 2: Largely Rural (rural including hub towns 50-79%). Broad group Predominantly Rural.' },
    URBAN_WITH_SIGNIFICANT_RURAL: { description: 'Class 3: Urban with Significant Rural (rural including hub towns 26-49%). Broad group of the same name.' },
    URBAN_WITH_CITY_AND_TOWN: { description: 'Class 4: Urban with City and Town. Broad group Predominantly Urban.' },
    URBAN_WITH_MINOR_CONURBATION: { description: 'Class 5: Urban with Minor Conurbation. Broad group Predominantly Urban.' },
    URBAN_WITH_MAJOR_CONURBATION: { description: 'Class 6: Urban with Major Conurbation. Broad group Predominantly Urban.' },
  },
});

export enum RuralUrbanBroadGroup {
  PREDOMINANTLY_RURAL = 'PREDOMINANTLY_RURAL',
  URBAN_WITH_SIGNIFICANT_RURAL = 'URBAN_WITH_SIGNIFICANT_RURAL',
  PREDOMINANTLY_URBAN = 'PREDOMINANTLY_URBAN',
}

registerEnumType(RuralUrbanBroadGroup, {
  name: 'RuralUrbanBroadGroup',
  description: 'DEFRA three-fold grouping of the rural-urban classes.',
  valuesConfig: {
    PREDOMINANTLY_RURAL: { description: 'Classes 1-2 (Mainly Rural, Largely Rural).' },
    URBAN_WITH_SIGNIFICANT_RURAL: { description: 'Class 3.' },
    PREDOMINANTLY_URBAN: { description: 'Classes 4-6.' },
  },
});

export function broadGroupEnumOf(name: string): RuralUrbanBroadGroup {
  const key = name.toUpperCase().replace(/ /g, '_') as RuralUrbanBroadGroup;
  if (!(key in RuralUrbanBroadGroup)) throw new RangeError(`unknown broad group "${name}"`);
  return key;
}

@ObjectType({ simpleResolvers: true, description: 'An English region (ONS RGN16).' })
export class Region {
  @Field(() => ID, { description: 'ONS region code, e.g. E12000007 (London).' })
  code!: string;

  @Field({ description: 'ONS region name, e.g. "London".' })
  name!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A class of the ONS 2011 Area Classification for Local Authorities (v2).' })
export class AreaClass {
  @Field({ description: 'Class code: "6" (supergroup), "6a" (group), "6a1" (subgroup).' })
  code!: string;

  @Field({ description: 'Class name as published by ONS, e.g. "Services and Industrial Legacy".' })
  name!: string;
}

@ObjectType({ simpleResolvers: true, description: 'ONS 2011 Area Classification for Local Authorities v2 (July 2017). City of London and Westminster share one published row.' })
export class AreaType {
  @Field(() => AreaClass, { description: 'Supergroup, e.g. 6 "Services and Industrial Legacy".' })
  supergroup!: AreaClass;

  @Field(() => AreaClass, { description: 'Group, e.g. 6a "Services, Manufacturing and Mining Legacy".' })
  group!: AreaClass;

  @Field(() => AreaClass, { description: 'Subgroup, e.g. 6a1 "Manufacturing Legacy".' })
  subgroup!: AreaClass;
}

@ObjectType({ simpleResolvers: true, description: 'How a district is classified: rural-urban (DEFRA 2011), rural and industrial flags, and area type (ONS 2011).' })
export class Classification {
  @Field(() => RuralUrbanClass, { description: 'DEFRA Rural-Urban Classification 2011 class.' })
  ruralUrban!: RuralUrbanClass;

  @Field(() => Int, { description: 'DEFRA class code 1..6 (1 = Mainly Rural, 6 = Urban with Major Conurbation).' })
  ruralUrbanCode!: number;

  @Field({ description: 'DEFRA class label as published.' })
  ruralUrbanName!: string;

  @Field(() => RuralUrbanBroadGroup, { description: 'DEFRA broad group of the class.' })
  ruralUrbanBroadGroup!: RuralUrbanBroadGroup;

  @Field({ description: 'True when the broad group is Predominantly Rural (classes Mainly Rural and Largely Rural).' })
  rural!: boolean;

  @Field(() => Float, { description: 'Percent of the 2011 population living in rural areas including hub towns (DEFRA).' })
  ruralPopulationPct2011!: number;

  @Field({ description: 'True when the ONS area type supergroup is "Services and Industrial Legacy" (6) or the group is "Manufacturing Traits" (8a).' })
  industrial!: boolean;

  @Field({
    description:
      'True when at least 0.5 km of the boundary faces open water at least 2 km wide (sea, estuary mouth): computed on the GB-wide boundaries clipped to the coastline, so land borders with Wales and Scotland are not coast and tidal rivers narrower than 2 km are not coast. See coastlineKm.',
  })
  coastal!: boolean;

  @Field(() => Float, {
    description:
      'Length in km (EPSG:27700) of the boundary that faces open water at least 2 km wide: the boundary within 5 m of the water left after removing every channel narrower than 2 km (a morphological opening of the water around Great Britain). 0 for inland districts. Apply your own threshold if 0.5 km does not suit.',
  })
  coastlineKm!: number;

  @Field(() => AreaType, { description: 'ONS 2011 Area Classification for Local Authorities: supergroup, group and subgroup.' })
  areaType!: AreaType;
}
