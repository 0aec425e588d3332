/**
 * The raw public files the loader reads (paths relative to the data directory, by default
 * db/sources/) and their provenance, as documented in each folder's SOURCES.md there. This metadata
 * is what the API's `sources` and `editions` fields report; the figures themselves are read
 * from the files.
 */

export const OGL = 'Open Government Licence v3.0';
const OGL_ATTRIBUTION = 'Contains public sector information licensed under the Open Government Licence v3.0.';
const ONS_ATTRIBUTION =
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2016/2017.';

export interface RawSource {
  id: string;
  /** Path of the file the loader reads, relative to the data directory. */
  file: string;
  title: string;
  publisher: string;
  published: string;
  url: string | null;
  licence: string;
  attribution: string;
}

export const RAW_SOURCES = {
  smi2016: {
    id: 'smi-2016',
    file: 'smi/smi2016_overall_with_codes_regions.csv',
    title: 'The Social Mobility Index (2016), overall score and rank',
    publisher: 'Social Mobility and Child Poverty Commission',
    published: '2016-01 (GOV.UK page dated 31 January 2016; spreadsheet corrected 16 June 2016)',
    url: null,
    licence: OGL,
    attribution: OGL_ATTRIBUTION,
  },
  regionLookup: {
    id: 'ons-lad16-rgn16',
    file: 'geo/lookups/LAD16_RGN16_lookup_England_ons.csv',
    title: 'Local Authority District to Region (December 2016) Lookup in England',
    publisher: 'Office for National Statistics',
    published: '2016-12',
    url: null,
    licence: OGL,
    attribution: ONS_ATTRIBUTION,
  },
  boundaries: {
    id: 'ons-lad17-bsc-gb',
    file: 'geo/boundaries/lad17_bsc_gb_27700.geojson',
    title:
      'Local Authority Districts (December 2017) Super Generalised Clipped Boundaries in Great Britain (= December 2016 in England)',
    publisher: 'Office for National Statistics',
    published: '2017-12',
    url: null,
    licence: OGL,
    attribution: ONS_ATTRIBUTION,
  },
  detailedBoundaries: {
    id: 'ons-lad13-bgc-england',
    file: 'geo/boundaries/lad13_bgc_england_wgs84.geojson',
    title:
      'Local Authority Districts (December 2013) Generalised Clipped Boundaries in England (20 m), as GeoJSON by Martin Chorley; same 326 codes as 2016; used for point lookups',
    publisher: 'Office for National Statistics; conversion by Martin Chorley',
    published: '2014-09',
    url: null,
    licence: `${OGL} (ONS boundaries); CC BY 4.0 (the GeoJSON/TopoJSON conversion)`,
    attribution:
      'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2014. GeoJSON and TopoJSON UK Boundary Data by Martin Chorley (CC BY 4.0).',
  },
  ruralUrban: {
    id: 'defra-ruc11-lad',
    file: 'geo/classifications/ruc11_lad16_england_derived.csv',
    title: 'Rural-Urban Classification 2011 of Local Authority Districts in England (re-keyed to LAD16 codes)',
    publisher: 'Department for Environment, Food & Rural Affairs',
    published: '2014',
    url: null,
    licence: OGL,
    attribution: OGL_ATTRIBUTION,
  },
  areaClassification: {
    id: 'ons-lac11-v2',
    file: 'geo/classifications/la_area_classification_2011v2_england_thirdparty.csv',
    title:
      '2011 Area Classification for Local Authorities, version 2 (third-party copy of the England rows, not verified against the ONS original)',
    publisher: 'Office for National Statistics',
    published: '2017-07',
    url: null,
    licence: `${OGL} (underlying ONS data); the copy's repository states MIT for curated datasets`,
    attribution: ONS_ATTRIBUTION,
  },
  population: {
    id: 'ons-mye-2016',
    file: 'context/ons_mye2016_england_lad16_population_area_density.csv',
    title:
      'Population Estimates for UK, England and Wales, Scotland and Northern Ireland: Mid-2016 (MYE2 persons, MYE5 area and density)',
    publisher: 'Office for National Statistics',
    published: '2017-06-22',
    url: null,
    licence: OGL,
    attribution: 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0.',
  },
  populationCheck: {
    id: 'ons-mye-2016-mye2',
    file: 'context/ons_mye2016_MYE2_persons_single_year_of_age_all_uk_areas.csv',
    title: 'Mid-2016 population estimates, sheet MYE2 - All (used to check the England total)',
    publisher: 'Office for National Statistics',
    published: '2017-06-22',
    url: null,
    licence: OGL,
    attribution: 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0.',
  },
  deprivation: {
    id: 'mhclg-iod2015-file10',
    file: 'context/mhclg_iod2015_file10_lad13_summaries_all_sheets_wide.csv',
    title: 'English Indices of Deprivation 2015, File 10: Local Authority District Summaries',
    publisher: 'Department for Communities and Local Government',
    published: '2015-09-30',
    url: null,
    licence: OGL,
    attribution:
      'English Indices of Deprivation, Department for Communities and Local Government (2015) / Ministry of Housing, Communities and Local Government (2019).',
  },
  areas: {
    id: 'ons-areas-2014-2025',
    file: 'geo/boundaries/ons_uk_topojson_2014_2025_bsc_wgs84.topo.json',
    title:
      'UK areas 2014-2025 (lower-tier councils, counties, metropolitan counties, combined authorities, regions), super generalised clipped, as TopoJSON by the ONS Visual team',
    publisher: 'Office for National Statistics',
    published: '2025-06',
    url: null,
    licence: OGL,
    attribution: ONS_ATTRIBUTION,
  },
  areaLookup: {
    id: 'ons-ltla14-lookup',
    file: 'geo/lookups/ltla14_lookup_onsvisual.csv',
    title:
      'Lower-tier areas (2014) to county, metropolitan county, combined authority (2023) and region, by the ONS Visual team (used to check the areas)',
    publisher: 'Office for National Statistics',
    published: '2023-05',
    url: null,
    licence: OGL,
    attribution: ONS_ATTRIBUTION,
  },
  successors2019: {
    id: 'lad16-successors-2019',
    file: 'context/lad16_coverage_crosswalk.csv',
    title:
      "2016 districts merged in April 2019 and their successors (derived from IoD 2019 File 10's codes; used to check the areas)",
    publisher: 'Office for National Statistics; Ministry of Housing, Communities and Local Government',
    published: '2019',
    url: null,
    licence: OGL,
    attribution: OGL_ATTRIBUTION,
  },
} satisfies Record<string, RawSource>;

/** The edition the raw SMI file holds. */
export const SHIPPED_EDITION = {
  edition: 2016,
  title: 'The Social Mobility Index',
  publisher: 'Social Mobility and Child Poverty Commission',
  publishedOn: '2016-01-31',
  source: RAW_SOURCES.smi2016,
} as const;
