import { buildingUses, constructionTypes, type BuildingUse, type ConstructionType } from '@byg360/shared';
import { cellText, fail, ok, type Parsed } from '../imports/cell-values.ts';
import { foldings } from '../imports/columns.ts';
import type { Cell } from '../imports/read-spreadsheet.ts';

/**
 * Cell values of a BBR-like extract: building use and external-wall material as the BBR codes
 * (BYG_ANVENDELSE, BYG_YDERVÆGGENS_MATERIALE), as Danish or English words, or as our own keys.
 */

/** BBR building-use codes (2020 code list) by range. */
function useOfBbrCode(code: number): BuildingUse | null {
  if (code === 110) return 'farm'; // stuehus til landbrugsejendom
  if (code >= 120 && code <= 139) return 'single_family'; // fritliggende, sammenbygget, række-, kæde-, dobbelthus
  if (code >= 140 && code <= 159) return 'multi_family'; // etagebolig, kollegium
  if (code === 160) return 'public'; // døgninstitution
  if (code >= 180 && code <= 199) return 'other'; // anneks, anden helårsbeboelse
  if (code >= 210 && code <= 219) return 'farm'; // stald, lade, maskinhus
  if (code >= 220 && code <= 299) return 'industrial'; // industri, lager, energi
  if (code >= 310 && code <= 399) return 'commercial'; // transport, kontor, handel, hotel, service
  if (code >= 410 && code <= 499) return 'public'; // kultur, undervisning, sundhed, institutioner
  if (code === 510) return 'summer_house';
  if (code >= 520 && code <= 599) return 'other'; // ferie, idræt, kolonihave, anneks
  if (code >= 910 && code <= 999) return 'other'; // garage, carport, udhus
  return null;
}

/** BBR codes for the external walls' material. */
const typeOfBbrCode: Record<number, ConstructionType> = {
  1: 'brick', // mursten (tegl, kalksandsten, cementsten)
  2: 'brick_concrete', // letbeton (lette bloksten, gasbeton): the masonry + concrete houses of 1945–80
  3: 'other', // fibercement, herunder asbest
  4: 'half_timbered', // bindingsværk
  5: 'timber_frame', // træ
  6: 'concrete', // betonelementer
  8: 'other', // metal
  10: 'other', // fibercement uden asbest
  11: 'other', // plast
  12: 'other', // glas
  80: 'other', // ingen
  90: 'other', // andet
};

const useWords: Record<BuildingUse, string[]> = {
  single_family: ['enfamiliehus', 'parcelhus', 'villa', 'rækkehus', 'dobbelthus', 'kædehus', 'byhus', 'helårsbolig', 'single family house', 'detached house', 'terraced house', 'house'],
  multi_family: ['etagebolig', 'etageejendom', 'boligblok', 'lejlighed', 'flerfamiliehus', 'kollegium', 'multi family', 'apartment building', 'block of flats', 'apartments'],
  farm: ['stuehus', 'landbrug', 'landejendom', 'gård', 'husmandssted', 'stald', 'lade', 'farm', 'farmhouse', 'barn'],
  summer_house: ['sommerhus', 'fritidshus', 'feriehus', 'summer house', 'holiday home', 'cottage'],
  commercial: ['erhverv', 'butik', 'kontor', 'handel', 'hotel', 'commercial', 'office', 'shop', 'retail'],
  industrial: ['industri', 'lager', 'værksted', 'fabrik', 'industrial', 'warehouse', 'factory', 'workshop'],
  public: ['offentlig', 'skole', 'institution', 'børnehave', 'hospital', 'kirke', 'public', 'school'],
  other: ['andet', 'anden', 'udhus', 'garage', 'carport', 'anneks', 'other', 'outbuilding', 'shed'],
};

const typeWords: Record<ConstructionType, string[]> = {
  brick: ['mursten', 'tegl', 'teglsten', 'grundmur', 'grundmuret', 'murværk', 'brick', 'masonry', 'brickwork'],
  half_timbered: ['bindingsværk', 'bindingsværkshus', 'half timbered', 'timber framed with infill'],
  rubble_stone: ['kampesten', 'natursten', 'marksten', 'granit', 'rubble stone', 'rubble', 'fieldstone', 'granite', 'stone'],
  brick_concrete: ['mursten og beton', 'murværk og beton', 'letbeton', 'gasbeton', 'brick and concrete', 'brick concrete'],
  timber_frame: ['træ', 'træskelet', 'træhus', 'træbeklædning', 'timber', 'timber frame', 'wood', 'wooden'],
  concrete: ['beton', 'betonelementer', 'concrete', 'precast concrete'],
  other: ['andet', 'metal', 'glas', 'plast', 'fibercement', 'eternit', 'ingen', 'other'],
};

/**
 * A matcher for words: the whole text first ("Stuehus"), then the longest known word inside it
 * ("Fritliggende enfamiliehus"). Words shorter than five letters must be the whole text, so that
 * "træ" does not hide in other words.
 */
function wordMatcher<T extends string>(keys: readonly T[], words: Record<T, string[]>) {
  const exact = new Map<string, T>();
  const inside: { word: string; value: T }[] = [];
  for (const key of keys) {
    for (const word of [key, key.replace(/_/g, ' '), ...words[key]]) {
      for (const f of foldings(word)) {
        exact.set(f, key);
        if (f.length >= 5) inside.push({ word: f, value: key });
      }
    }
  }
  inside.sort((a, b) => b.word.length - a.word.length);
  return (text: string): T | null => {
    const folded = foldings(text);
    for (const f of folded) if (exact.has(f)) return exact.get(f)!;
    for (const { word, value } of inside) if (folded.some((f) => f.includes(word))) return value;
    return null;
  };
}

const matchUse = wordMatcher(buildingUses, useWords);
const matchType = wordMatcher(constructionTypes, typeWords);

/** A leading number ("120", "120 Fritliggende enfamiliehus", 120) is a BBR code. */
const leadingCode = (cell: Cell | undefined): number | null => {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : null;
  const match = /^\s*(\d{1,3})(?:\s|$|[-–:.])/.exec(String(cell ?? ''));
  return match ? Number(match[1]) : null;
};

export function parseBuildingUse(cell: Cell | undefined): Parsed<BuildingUse | null> {
  const text = cellText(cell);
  if (text === null) return ok(null);
  const code = leadingCode(cell);
  if (code !== null) {
    const use = useOfBbrCode(code);
    return use ? ok(use) : fail('building_use.unknown_code', { bbrCode: code }, `BBR use code ${code} is not known`);
  }
  const use = matchUse(text);
  return use ? ok(use) : fail('building_use.unknown', { text }, `Unknown building use “${text}”: write e.g. enfamiliehus, stuehus, etagebolig, sommerhus, or the BBR code (120, 110, 140…)`);
}

export function parseConstructionType(cell: Cell | undefined): Parsed<ConstructionType | null> {
  const text = cellText(cell);
  if (text === null) return ok(null);
  const code = leadingCode(cell);
  if (code !== null) {
    const type = typeOfBbrCode[code];
    return type ? ok(type) : fail('construction_type.unknown_code', { bbrCode: code }, `BBR wall-material code ${code} is not known`);
  }
  const type = matchType(text);
  return type ? ok(type) : fail('construction_type.unknown', { text }, `Unknown construction “${text}”: write e.g. mursten, bindingsværk, kampesten, letbeton, træ, beton, or the BBR code (1, 4, 5…)`);
}

/** A year such as 1898 (a number, text, or a date cell's year). */
export function parseYear(cell: Cell | undefined): Parsed<number | null> {
  if (cell instanceof Date) return ok(cell.getUTCFullYear());
  const text = cellText(cell);
  if (text === null) return ok(null);
  return /^\d{4}$/.test(text) ? ok(Number(text)) : fail('year.invalid', { text }, `“${text}” is not a year`);
}

/** "400" or "0400" → "0400". */
export function parseMunicipalityCode(cell: Cell | undefined): Parsed<string | null> {
  const text = cellText(cell);
  if (text === null) return ok(null);
  return /^\d{3,4}$/.test(text) ? ok(text.padStart(4, '0')) : fail('municipality.format', { text }, `“${text}” is not a municipality code (four digits, e.g. 0400)`);
}
