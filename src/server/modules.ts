/**
 * The composition root's one list: every domain module, in layer order. The schema's resolvers
 * and the routes beside GraphQL all come from here; a new domain is one line.
 */
import { analyticsModule } from '../analytics';
import { areasModule } from '../areas';
import { authoritiesModule } from '../authorities';
import { classificationModule } from '../classification';
import type { DomainModule } from '../common';
import { deprivationModule } from '../deprivation';
import { filterModule } from '../filter';
import { mapsModule } from '../maps';
import { mobilityModule } from '../mobility';
import { spatialModule } from '../spatial';

export const MODULES: readonly DomainModule[] = [
  authoritiesModule,
  mobilityModule,
  classificationModule,
  deprivationModule,
  areasModule,
  filterModule,
  spatialModule,
  analyticsModule,
  mapsModule,
];
