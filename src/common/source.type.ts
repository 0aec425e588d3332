/** Provenance of the data the API serves: every figure comes from one of these public sources. */
import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A public dataset the API serves figures from, with its licence and the attribution it requires.',
})
export class Source {
  @Field(() => ID, {
    description:
      'Stable identifier of the source, e.g. "smi-2016"; also its global id (Node), which `node(id)` takes as it is.',
  })
  id!: string;

  @Field({ description: 'Title of the dataset as published.' })
  title!: string;

  @Field({ description: 'Organisation that published the dataset.' })
  publisher!: string;

  @Field({ description: 'When it was published (a date, or a month with notes on corrections).' })
  published!: string;

  @Field(() => String, { nullable: true, description: 'Where it was published, when known; null otherwise.' })
  url!: string | null;

  @Field({ description: 'Licence the data is used under, e.g. "Open Government Licence v3.0".' })
  licence!: string;

  @Field({ description: 'Attribution statement the licence requires whenever the data is shown.' })
  attribution!: string;
}
