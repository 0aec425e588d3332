/** Orderings of district lists (`orderBy`); every one ends with the code so pages are stable. */
import { registerEnumType } from 'type-graphql';

export enum AuthorityOrder {
  CODE_ASC = 'CODE_ASC',
  CODE_DESC = 'CODE_DESC',
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  RANK_ASC = 'RANK_ASC',
  RANK_DESC = 'RANK_DESC',
  SCORE_ASC = 'SCORE_ASC',
  SCORE_DESC = 'SCORE_DESC',
  POPULATION_ASC = 'POPULATION_ASC',
  POPULATION_DESC = 'POPULATION_DESC',
  AREA_ASC = 'AREA_ASC',
  AREA_DESC = 'AREA_DESC',
  IMD_RANK_ASC = 'IMD_RANK_ASC',
  IMD_RANK_DESC = 'IMD_RANK_DESC',
}

registerEnumType(AuthorityOrder, {
  name: 'AuthorityOrder',
  description:
    'Order of a list of districts. Ties, and districts without a value (unranked in RANK/SCORE orders, which come last), are ordered by code.',
  valuesConfig: {
    CODE_ASC: { description: 'ONS code, ascending (the default).' },
    CODE_DESC: { description: 'ONS code, descending.' },
    NAME_ASC: { description: 'Name, A to Z.' },
    NAME_DESC: { description: 'Name, Z to A.' },
    RANK_ASC: { description: 'Index rank, best (1) first, in filter.edition or the latest edition.' },
    RANK_DESC: { description: 'Index rank, worst first, in filter.edition or the latest edition.' },
    SCORE_ASC: { description: 'Index score, lowest first, in filter.edition or the latest edition.' },
    SCORE_DESC: { description: 'Index score, highest first, in filter.edition or the latest edition.' },
    POPULATION_ASC: { description: 'Mid-2016 population, smallest first.' },
    POPULATION_DESC: { description: 'Mid-2016 population, largest first.' },
    AREA_ASC: { description: 'Boundary area (areaKm2), smallest first.' },
    AREA_DESC: { description: 'Boundary area (areaKm2), largest first.' },
    IMD_RANK_ASC: { description: 'IMD 2015 rank of average score, most deprived (1) first.' },
    IMD_RANK_DESC: { description: 'IMD 2015 rank of average score, least deprived (326) first.' },
  },
});
