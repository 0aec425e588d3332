"""OWSLib and pandas (Debian's python3-owslib and python3-pandas), clients we did not write,
read the OGC API: OWSLib the queryables of the `authorities` collection and a page filtered by
CQL2 text, sorted and with chosen properties; pandas the CSV (f=csv) of the same filter. Run by
`npm run gdal-check` (tools/gdal-check.ts) with Debian's interpreter, /usr/bin/python3, against
the server it started; prints what they read as JSON for that script to compare with the OGC
API's own answer."""
import json
import sys
import urllib.parse

import pandas
from owslib.ogcapi.features import Features

base = sys.argv[1]
FILTER = "band = 'COLDSPOT' AND coastal = true"

api = Features(base + "/ogc")
queryables = api.collection_queryables("authorities")
page = api.collection_items(
    "authorities",
    filter=FILTER,
    sortby="-score",
    properties="code,name,score",
    limit=500,
)
frame = pandas.read_csv(
    base + "/ogc/collections/authorities/items?f=csv&limit=10000&filter=" + urllib.parse.quote(FILTER)
)
print(
    json.dumps(
        {
            "queryables": sorted(queryables["properties"]),
            "geometry": queryables["properties"]["geometry"].get("format"),
            "matched": page["numberMatched"],
            "codes": [f["id"] for f in page["features"]],
            "scores": [f["properties"]["score"] for f in page["features"]],
            "keys": sorted({k for f in page["features"] for k in f["properties"]}),
            "csv": {
                "codes": sorted(frame["code"].tolist()),
                "columns": list(frame.columns),
                "multipolygons": int(frame["wkt"].str.startswith("MULTIPOLYGON").sum()),
            },
        }
    )
)
