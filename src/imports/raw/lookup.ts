/** The ONS LAD16 -> RGN16 lookup: the reference list of the 326 districts and 9 regions. */
import { RAW_SOURCES } from '../raw-sources';
import { SourceError } from '../source-error';
import { textCell } from '../table';
import { ENGLISH_DISTRICT_COUNT, openSource, type Lookup } from './checks';

const LAD16_CODE = /^E0[6-9]\d{6}$/;
const REGION_CODE = /^E12\d{6}$/;

export function readLookup(dataDir: string): Lookup {
  const table = openSource(dataDir, RAW_SOURCES.regionLookup, ['LAD16CD', 'LAD16NM', 'RGN16CD', 'RGN16NM']);
  const districts: Lookup['districts'] = new Map();
  const regions = new Map<string, string>();
  for (const row of table.rows) {
    const code = textCell(table, row, 'LAD16CD');
    const regionCode = textCell(table, row, 'RGN16CD');
    const regionName = textCell(table, row, 'RGN16NM');
    if (!LAD16_CODE.test(code))
      throw new SourceError(table.source, row.row, `"${code}" is not an English LAD16 code`, 'LAD16CD');
    if (!REGION_CODE.test(regionCode))
      throw new SourceError(table.source, row.row, `"${regionCode}" is not a region code`, 'RGN16CD');
    if (districts.has(code)) throw new SourceError(table.source, row.row, `duplicate code "${code}"`, 'LAD16CD');
    const known = regions.get(regionCode);
    if (known !== undefined && known !== regionName) {
      throw new SourceError(
        table.source,
        row.row,
        `region ${regionCode} is named "${regionName}" here but "${known}" earlier`,
        'RGN16NM',
      );
    }
    regions.set(regionCode, regionName);
    districts.set(code, { name: textCell(table, row, 'LAD16NM'), regionCode });
  }
  if (districts.size !== ENGLISH_DISTRICT_COUNT) {
    throw new SourceError(table.source, null, `expected ${ENGLISH_DISTRICT_COUNT} districts, found ${districts.size}`);
  }
  if (regions.size !== 9)
    throw new SourceError(table.source, null, `expected the 9 English regions, found ${regions.size}`);
  return { districts, regions };
}
