import type { BuildingUse, ConstructionType, Unit } from '@byg360/shared';

/**
 * Demo potential supply and demand on Bornholm. The houses ready for demolition are typically
 * older brick or half-timbered houses (REFERENCE.md, Byg360). National demolition scaled by
 * population gives roughly 11,000–16,000 m² a year on the island; the demo keeps to 16 houses,
 * about 2,200 m² over the next ten years, so that the figures stay readable.
 */
export interface DemoPlannedDemolition {
  address: string;
  postcode: string;
  lat: number;
  lon: number;
  buildingUse: BuildingUse;
  constructionType: ConstructionType;
  constructionYear: number;
  floorAreaM2: string;
  /** Years from the seeding year. */
  inYears: number;
  note: string | null;
}

export const demoPlannedDemolitions: DemoPlannedDemolition[] = [
  { address: 'Søndergade 18, 3700 Rønne', postcode: '3700', lat: 55.0986, lon: 14.7051, buildingUse: 'single_family', constructionType: 'brick', constructionYear: 1898, floorAreaM2: '132', inYears: 1, note: 'Grundmuret byhus, gule mursten i kalkmørtel' },
  { address: 'Storegade 41, 3790 Hasle', postcode: '3790', lat: 55.1817, lon: 14.7102, buildingUse: 'single_family', constructionType: 'half_timbered', constructionYear: 1860, floorAreaM2: '118', inYears: 2, note: 'Bindingsværk med tavl af Hasle klinker' },
  { address: 'Rønnevej 73, 3782 Klemensker', postcode: '3782', lat: 55.1598, lon: 14.8049, buildingUse: 'farm', constructionType: 'brick', constructionYear: 1908, floorAreaM2: '210', inYears: 3, note: 'Stuehus på nedlagt landbrug' },
  { address: 'Havnegade 9, 3770 Allinge', postcode: '3770', lat: 55.2773, lon: 14.8016, buildingUse: 'single_family', constructionType: 'half_timbered', constructionYear: 1845, floorAreaM2: '96', inYears: 1, note: null },
  { address: 'Sandvigvej 5, 3770 Tejn', postcode: '3770', lat: 55.2478, lon: 14.8367, buildingUse: 'single_family', constructionType: 'brick', constructionYear: 1935, floorAreaM2: '104', inYears: 4, note: null },
  { address: 'Brøddegade 22, 3760 Gudhjem', postcode: '3760', lat: 55.2118, lon: 14.9741, buildingUse: 'single_family', constructionType: 'half_timbered', constructionYear: 1820, floorAreaM2: '88', inYears: 5, note: 'Fredningsværdig gavl bevares' },
  { address: 'Gudhjemvej 60, 3760 Østerlars', postcode: '3760', lat: 55.1731, lon: 14.9522, buildingUse: 'farm', constructionType: 'rubble_stone', constructionYear: 1870, floorAreaM2: '175', inYears: 6, note: 'Kampestensmure af granit' },
  { address: 'Almindingsvej 14, 3751 Østermarie', postcode: '3751', lat: 55.1384, lon: 15.0011, buildingUse: 'farm', constructionType: 'rubble_stone', constructionYear: 1885, floorAreaM2: '160', inYears: 3, note: null },
  { address: 'Storegade 30, 3740 Svaneke', postcode: '3740', lat: 55.1352, lon: 15.1421, buildingUse: 'single_family', constructionType: 'half_timbered', constructionYear: 1795, floorAreaM2: '102', inYears: 7, note: null },
  { address: 'Købmagergade 11, 3730 Nexø', postcode: '3730', lat: 55.0611, lon: 15.1302, buildingUse: 'multi_family', constructionType: 'brick', constructionYear: 1925, floorAreaM2: '240', inYears: 2, note: 'Etageejendom med fire lejligheder' },
  { address: 'Hovedgaden 8, 3730 Snogebæk', postcode: '3730', lat: 55.0331, lon: 15.1089, buildingUse: 'summer_house', constructionType: 'brick_concrete', constructionYear: 1962, floorAreaM2: '72', inYears: 8, note: null },
  { address: 'Torvegade 6, 3720 Aakirkeby', postcode: '3720', lat: 55.0702, lon: 14.9186, buildingUse: 'single_family', constructionType: 'brick', constructionYear: 1912, floorAreaM2: '128', inYears: 5, note: null },
  { address: 'Vestermarievej 33, 3700 Rønne', postcode: '3700', lat: 55.1012, lon: 14.8431, buildingUse: 'farm', constructionType: 'brick', constructionYear: 1890, floorAreaM2: '190', inYears: 9, note: 'Staldlænge og stuehus' },
  { address: 'Haslevej 101, 3700 Rønne', postcode: '3700', lat: 55.1201, lon: 14.7102, buildingUse: 'single_family', constructionType: 'brick_concrete', constructionYear: 1968, floorAreaM2: '142', inYears: 4, note: null },
  { address: 'Lindeskovvej 4, 3720 Aakirkeby', postcode: '3720', lat: 55.0855, lon: 14.9402, buildingUse: 'farm', constructionType: 'half_timbered', constructionYear: 1850, floorAreaM2: '165', inYears: 6, note: null },
  { address: 'Fælledvej 2, 3790 Hasle', postcode: '3790', lat: 55.1852, lon: 14.7233, buildingUse: 'single_family', constructionType: 'timber_frame', constructionYear: 1984, floorAreaM2: '110', inYears: 9, note: 'Træhus med betonterrændæk' },
];

export interface DemoWantedPost {
  /** A demo user's role: whose post it is. */
  by: 'citizen' | 'maker';
  category: string;
  title: string;
  quantity: string;
  unit: Unit;
  postcode: string;
  lat: number;
  lon: number;
  radiusKm: string;
  /** Days from the seeding date. */
  createdDay: number;
  neededByDay: number;
  note: string | null;
}

export const demoWantedPosts: DemoWantedPost[] = [
  { by: 'maker', category: 'murvaerk-mursten', title: 'Mursten til rensning og nye produkter', quantity: '3000', unit: 'pcs', postcode: '3760', lat: 55.17, lon: 14.958, radiusKm: '40', createdDay: -60, neededByDay: 90, note: 'MaterialeVærket henter på hele øen' },
  { by: 'maker', category: 'murvaerk-hasle-klinker', title: 'Hasle klinker', quantity: '1500', unit: 'pcs', postcode: '3760', lat: 55.17, lon: 14.958, radiusKm: '40', createdDay: -20, neededByDay: 120, note: null },
  { by: 'maker', category: 'konstruktionstrae-bjaelker', title: 'Bjælker i fyr til møbler', quantity: '1.2', unit: 'm3', postcode: '3760', lat: 55.17, lon: 14.958, radiusKm: '40', createdDay: -5, neededByDay: 60, note: null },
  { by: 'citizen', category: 'gulve-plankegulv', title: 'Gamle gulvbrædder til sommerhuset', quantity: '40', unit: 'm2', postcode: '3700', lat: 55.1, lon: 14.7, radiusKm: '25', createdDay: -35, neededByDay: 45, note: 'Gerne fyr, 28 mm' },
  { by: 'citizen', category: 'natursten-granit', title: 'Granitsten til trappe', quantity: '1.5', unit: 'm3', postcode: '3700', lat: 55.1, lon: 14.7, radiusKm: '30', createdDay: -10, neededByDay: 100, note: null },
  { by: 'citizen', category: 'tag-tegltagsten', title: 'Røde vingetegl til udhus', quantity: '35', unit: 'm2', postcode: '3720', lat: 55.071, lon: 14.92, radiusKm: '20', createdDay: -80, neededByDay: 30, note: null },
];
