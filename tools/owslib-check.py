"""OWSLib (Debian's python3-owslib), a client we did not write, reads the queryables of the
`authorities` collection and a page filtered by CQL2 text, sorted and with chosen properties.
Run by `npm run gdal-check` (tools/gdal-check.ts) with Debian's interpreter, /usr/bin/python3,
against the server it started; prints what it read as JSON for that script to compare with the
OGC API's own answer."""
import json
import sys

from owslib.ogcapi.features import Features

api = Features(sys.argv[1] + "/ogc")
queryables = api.collection_queryables("authorities")
page = api.collection_items(
    "authorities",
    filter="band = 'COLDSPOT' AND coastal = true",
    sortby="-score",
    properties="code,name,score",
    limit=500,
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
        }
    )
)
