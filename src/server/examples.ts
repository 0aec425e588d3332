/** Example operations preloaded in GraphiQL; the suite runs them with the guides' (test/docs). */
export interface ExampleQuery {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    title: 'One district by code: rank, band and region',
    query: `query Westminster {
  authority(code: "E09000033") {
    name
    region { name }
    population
    mobility { edition score rank outOf band quintile }
  }
}`,
  },
  {
    title: 'Coldspots in the East Midlands, worst first',
    query: `query EastMidlandsColdspots {
  authorities(filter: { region: "East Midlands", band: COLDSPOT }, orderBy: RANK_DESC, first: 20) {
    totalCount
    nodes { code name mobility { rank score } classification { ruralUrban industrial } }
  }
}`,
  },
  {
    title: 'How does Norfolk fare? (an area: its districts and a derived summary)',
    query: `query Norfolk {
  area(name: "Norfolk") {
    code name kind
    summary { edition districtCount rankedCount hotspotCount coldspotCount population populationInColdspots populationWeightedScore }
    districts { name mobility { rank band } }
  }
}`,
  },
  {
    title: "What was Somerset Council's area in 2016?",
    query: `query SomersetCouncil {
  area(name: "Somerset") {
    code name kind validFrom
    replaces { code name kind validTo }
    districts { code name mobility { rank band } }
  }
}`,
  },
  {
    title: "Greater Manchester's districts, worst first",
    query: `query GreaterManchester {
  authorities(filter: { area: "E47000001" }, orderBy: RANK_DESC) {
    nodes { name successor { name } mobility { rank band } }
  }
}`,
  },
  {
    title: 'Hotspots and coldspots per region',
    query: `query Regions {
  regions { code name authorityCount rankedCount hotspotCount coldspotCount }
}`,
  },
  {
    title: 'Rural coldspots with deprivation (IoD 2015)',
    query: `query RuralColdspots {
  authorities(filter: { rural: true, band: COLDSPOT }, orderBy: RANK_ASC, first: 50) {
    totalCount
    nodes {
      name
      mobility { rank }
      deprivation { imd { rankOfAverageScore averageScore } }
    }
  }
}`,
  },
  {
    title: 'A simplified boundary as GeoJSON, for a map',
    query: `query Boundary {
  authority(name: "Blackpool") {
    code
    centroid
    boundary(simplifyMetres: 250, precision: 5)
  }
}`,
  },
  {
    title: 'Editions and sources, with licences',
    query: `query Provenance {
  editions { edition title publisher publishedOn rankedCount bandSize licence }
  sources { id title publisher licence attribution }
}`,
  },
];
