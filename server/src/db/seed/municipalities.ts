import type { MunicipalitySeed, TownSeed } from './types.ts';

/**
 * The 98 Danish municipalities (since the 2007 reform) with their official four-digit
 * kommunekoder and region. Christiansø (0411) is not a municipality and is left out.
 * Names as in DAWA / Danmarks Statistik (without "Kommune"; Bornholm = Bornholms Regionskommune).
 */
export const municipalities: MunicipalitySeed[] = [
  // Region Hovedstaden (29)
  { code: '0101', name: 'København', region: 'Hovedstaden' },
  { code: '0147', name: 'Frederiksberg', region: 'Hovedstaden' },
  { code: '0151', name: 'Ballerup', region: 'Hovedstaden' },
  { code: '0153', name: 'Brøndby', region: 'Hovedstaden' },
  { code: '0155', name: 'Dragør', region: 'Hovedstaden' },
  { code: '0157', name: 'Gentofte', region: 'Hovedstaden' },
  { code: '0159', name: 'Gladsaxe', region: 'Hovedstaden' },
  { code: '0161', name: 'Glostrup', region: 'Hovedstaden' },
  { code: '0163', name: 'Herlev', region: 'Hovedstaden' },
  { code: '0165', name: 'Albertslund', region: 'Hovedstaden' },
  { code: '0167', name: 'Hvidovre', region: 'Hovedstaden' },
  { code: '0169', name: 'Høje-Taastrup', region: 'Hovedstaden' },
  { code: '0173', name: 'Lyngby-Taarbæk', region: 'Hovedstaden' },
  { code: '0175', name: 'Rødovre', region: 'Hovedstaden' },
  { code: '0183', name: 'Ishøj', region: 'Hovedstaden' },
  { code: '0185', name: 'Tårnby', region: 'Hovedstaden' },
  { code: '0187', name: 'Vallensbæk', region: 'Hovedstaden' },
  { code: '0190', name: 'Furesø', region: 'Hovedstaden' },
  { code: '0201', name: 'Allerød', region: 'Hovedstaden' },
  { code: '0210', name: 'Fredensborg', region: 'Hovedstaden' },
  { code: '0217', name: 'Helsingør', region: 'Hovedstaden' },
  { code: '0219', name: 'Hillerød', region: 'Hovedstaden' },
  { code: '0223', name: 'Hørsholm', region: 'Hovedstaden' },
  { code: '0230', name: 'Rudersdal', region: 'Hovedstaden' },
  { code: '0240', name: 'Egedal', region: 'Hovedstaden' },
  { code: '0250', name: 'Frederikssund', region: 'Hovedstaden' },
  { code: '0260', name: 'Halsnæs', region: 'Hovedstaden' },
  { code: '0270', name: 'Gribskov', region: 'Hovedstaden' },
  { code: '0400', name: 'Bornholm', region: 'Hovedstaden' },

  // Region Sjælland (17)
  { code: '0253', name: 'Greve', region: 'Sjælland' },
  { code: '0259', name: 'Køge', region: 'Sjælland' },
  { code: '0265', name: 'Roskilde', region: 'Sjælland' },
  { code: '0269', name: 'Solrød', region: 'Sjælland' },
  { code: '0306', name: 'Odsherred', region: 'Sjælland' },
  { code: '0316', name: 'Holbæk', region: 'Sjælland' },
  { code: '0320', name: 'Faxe', region: 'Sjælland' },
  { code: '0326', name: 'Kalundborg', region: 'Sjælland' },
  { code: '0329', name: 'Ringsted', region: 'Sjælland' },
  { code: '0330', name: 'Slagelse', region: 'Sjælland' },
  { code: '0336', name: 'Stevns', region: 'Sjælland' },
  { code: '0340', name: 'Sorø', region: 'Sjælland' },
  { code: '0350', name: 'Lejre', region: 'Sjælland' },
  { code: '0360', name: 'Lolland', region: 'Sjælland' },
  { code: '0370', name: 'Næstved', region: 'Sjælland' },
  { code: '0376', name: 'Guldborgsund', region: 'Sjælland' },
  { code: '0390', name: 'Vordingborg', region: 'Sjælland' },

  // Region Syddanmark (22)
  { code: '0410', name: 'Middelfart', region: 'Syddanmark' },
  { code: '0420', name: 'Assens', region: 'Syddanmark' },
  { code: '0430', name: 'Faaborg-Midtfyn', region: 'Syddanmark' },
  { code: '0440', name: 'Kerteminde', region: 'Syddanmark' },
  { code: '0450', name: 'Nyborg', region: 'Syddanmark' },
  { code: '0461', name: 'Odense', region: 'Syddanmark' },
  { code: '0479', name: 'Svendborg', region: 'Syddanmark' },
  { code: '0480', name: 'Nordfyns', region: 'Syddanmark' },
  { code: '0482', name: 'Langeland', region: 'Syddanmark' },
  { code: '0492', name: 'Ærø', region: 'Syddanmark' },
  { code: '0510', name: 'Haderslev', region: 'Syddanmark' },
  { code: '0530', name: 'Billund', region: 'Syddanmark' },
  { code: '0540', name: 'Sønderborg', region: 'Syddanmark' },
  { code: '0550', name: 'Tønder', region: 'Syddanmark' },
  { code: '0561', name: 'Esbjerg', region: 'Syddanmark' },
  { code: '0563', name: 'Fanø', region: 'Syddanmark' },
  { code: '0573', name: 'Varde', region: 'Syddanmark' },
  { code: '0575', name: 'Vejen', region: 'Syddanmark' },
  { code: '0580', name: 'Aabenraa', region: 'Syddanmark' },
  { code: '0607', name: 'Fredericia', region: 'Syddanmark' },
  { code: '0621', name: 'Kolding', region: 'Syddanmark' },
  { code: '0630', name: 'Vejle', region: 'Syddanmark' },

  // Region Midtjylland (19)
  { code: '0615', name: 'Horsens', region: 'Midtjylland' },
  { code: '0657', name: 'Herning', region: 'Midtjylland' },
  { code: '0661', name: 'Holstebro', region: 'Midtjylland' },
  { code: '0665', name: 'Lemvig', region: 'Midtjylland' },
  { code: '0671', name: 'Struer', region: 'Midtjylland' },
  { code: '0706', name: 'Syddjurs', region: 'Midtjylland' },
  { code: '0707', name: 'Norddjurs', region: 'Midtjylland' },
  { code: '0710', name: 'Favrskov', region: 'Midtjylland' },
  { code: '0727', name: 'Odder', region: 'Midtjylland' },
  { code: '0730', name: 'Randers', region: 'Midtjylland' },
  { code: '0740', name: 'Silkeborg', region: 'Midtjylland' },
  { code: '0741', name: 'Samsø', region: 'Midtjylland' },
  { code: '0746', name: 'Skanderborg', region: 'Midtjylland' },
  { code: '0751', name: 'Aarhus', region: 'Midtjylland' },
  { code: '0756', name: 'Ikast-Brande', region: 'Midtjylland' },
  { code: '0760', name: 'Ringkøbing-Skjern', region: 'Midtjylland' },
  { code: '0766', name: 'Hedensted', region: 'Midtjylland' },
  { code: '0779', name: 'Skive', region: 'Midtjylland' },
  { code: '0791', name: 'Viborg', region: 'Midtjylland' },

  // Region Nordjylland (11)
  { code: '0773', name: 'Morsø', region: 'Nordjylland' },
  { code: '0787', name: 'Thisted', region: 'Nordjylland' },
  { code: '0810', name: 'Brønderslev', region: 'Nordjylland' },
  { code: '0813', name: 'Frederikshavn', region: 'Nordjylland' },
  { code: '0820', name: 'Vesthimmerlands', region: 'Nordjylland' },
  { code: '0825', name: 'Læsø', region: 'Nordjylland' },
  { code: '0840', name: 'Rebild', region: 'Nordjylland' },
  { code: '0846', name: 'Mariagerfjord', region: 'Nordjylland' },
  { code: '0849', name: 'Jammerbugt', region: 'Nordjylland' },
  { code: '0851', name: 'Aalborg', region: 'Nordjylland' },
  { code: '0860', name: 'Hjørring', region: 'Nordjylland' },
];

/**
 * Towns of Bornholms Regionskommune (0400) used by the demo data and the map.
 * The first ten are the places of shared/data/REFERENCE.md (approximate coordinates);
 * Østerlars (Multihuset, MaterialeVærket), Snogebæk and Vestermarie (BOFA sorting centre)
 * are mentioned there too and added with approximate coordinates.
 */
export const bornholmTowns: TownSeed[] = [
  { name: 'Rønne', postcode: '3700', municipalityCode: '0400', lat: 55.1, lon: 14.7 },
  { name: 'Hasle', postcode: '3790', municipalityCode: '0400', lat: 55.183, lon: 14.717 },
  { name: 'Klemensker', postcode: '3782', municipalityCode: '0400', lat: 55.167, lon: 14.817 },
  { name: 'Allinge-Sandvig', postcode: '3770', municipalityCode: '0400', lat: 55.278, lon: 14.801 },
  { name: 'Tejn', postcode: '3770', municipalityCode: '0400', lat: 55.246, lon: 14.835 },
  { name: 'Gudhjem', postcode: '3760', municipalityCode: '0400', lat: 55.217, lon: 14.983 },
  { name: 'Østermarie', postcode: '3751', municipalityCode: '0400', lat: 55.141, lon: 15.012 },
  { name: 'Svaneke', postcode: '3740', municipalityCode: '0400', lat: 55.136, lon: 15.141 },
  { name: 'Nexø', postcode: '3730', municipalityCode: '0400', lat: 55.067, lon: 15.15 },
  { name: 'Aakirkeby', postcode: '3720', municipalityCode: '0400', lat: 55.071, lon: 14.92 },
  { name: 'Østerlars', postcode: '3760', municipalityCode: '0400', lat: 55.17, lon: 14.958 },
  { name: 'Snogebæk', postcode: '3730', municipalityCode: '0400', lat: 55.035, lon: 15.11 },
  { name: 'Vestermarie', postcode: '3700', municipalityCode: '0400', lat: 55.1, lon: 14.85 },
];
