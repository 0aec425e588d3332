/** A page of districts: the connection `Query.authorities` returns, with its edges and cursors. */
import { Field, ObjectType } from 'type-graphql';
import { LocalAuthority } from '../authorities';
import { PageInfo } from '../common';
import type { PageRequest } from './authorities.queries';
import type { AuthorityCriteria } from './criteria';

@ObjectType({ simpleResolvers: true, description: 'One district in a page of results, with the cursor that points at it.' })
export class AuthorityEdge {
  @Field({ description: 'Opaque cursor: pass it as `after` to continue after this district.' })
  cursor!: string;

  @Field(() => LocalAuthority, { description: 'The district.' })
  node!: LocalAuthority;
}

@ObjectType({ simpleResolvers: true, description: 'A page of districts matching a filter, in the requested order.' })
export class AuthorityConnection {
  @Field(() => [AuthorityEdge], { description: 'The districts on this page, each with its cursor.' })
  edges!: AuthorityEdge[];

  @Field(() => [LocalAuthority], { description: 'The districts on this page (the same as edges.node).' })
  nodes!: LocalAuthority[];

  @Field(() => PageInfo, { description: 'Cursors and whether more pages follow or precede.' })
  pageInfo!: PageInfo;

  criteria!: AuthorityCriteria;

  /** The page's order and bounds, for fields that read the same page another way. */
  page!: PageRequest;
}
