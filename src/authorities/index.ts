/** The district entity, as other domains may use it: its row, loaders and planned fields. */
import { defineModule, loadAll } from '../common';
import { AuthorityLoaders } from './authority.queries';
import { AuthorityResolver } from './authority.graphql';

export {
  AUTHORITY_COLUMNS,
  AUTHORITY_FROM,
  authorityColumns,
  AuthorityLoaders,
  boundaryGeometrySql,
  plannedColumn,
  type AuthorityPlan,
  type AuthorityRow,
  type BoundaryOptions,
  type BoundaryRow,
  type PlannedColumn,
} from './authority.queries';
export {
  BoundaryArgs,
  boundaryOptions,
  loadAuthority,
  LocalAuthority,
  MAX_PRECISION,
  MAX_SIMPLIFY_METRES,
  PopulationEstimate,
} from './authority.graphql';
export {
  answerPlannedFields,
  AuthorityPlans,
  codeOnly,
  planned,
  plannedField,
  type PlannedField,
  type SelectionPath,
} from './planned-field';
export {
  columnAlias,
  compileRows,
  JsonJoins,
  jsonObject,
  JsonSelection,
  jsonText,
  jsonTextSql,
  nullWhen,
  type JsonShape,
  type RowBuilder,
  type SelectedField,
} from './planned-json';

export const authoritiesModule = defineModule({
  name: 'authorities',
  resolvers: [AuthorityResolver],
  nodes: [{ type: 'LocalAuthority', load: (ctx, codes) => loadAll(ctx.use(AuthorityLoaders).byCode, codes) }],
});
