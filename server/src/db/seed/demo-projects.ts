import type { BuildingUse, ProjectStatus, Unit } from '@byg360/shared';

/** Days from the seeding date, so that demo harvest windows are always current. */
export type RelativeDay = number;

export interface DemoLot {
  category: string;
  title: string;
  description: string;
  quantity: string;
  unit: Unit;
  condition: 'A' | 'B' | 'C';
  dimensions?: string;
  priceDkk: string;
  status: 'draft' | 'published' | 'closed';
  testedFree?: ('asbestos' | 'pcb' | 'lead')[];
  hazardNote?: string;
  outcome?: { reused: string; recycled: string; disposed: string };
  /** Pick-ups through the exchange, by a demo user; part of what the outcome counts as reused. */
  collected?: DemoCollection[];
}

/** A reservation that was requested, accepted and picked up on `day`. */
export interface DemoCollection {
  by: 'citizen' | 'maker';
  quantity: string;
  day: RelativeDay;
  message: string;
}

export interface DemoProject {
  title: string;
  address: string;
  postcode: string;
  city: string;
  lat: number;
  lon: number;
  buildingUse: BuildingUse;
  constructionYear: number;
  floorAreaM2: string;
  harvest: [RelativeDay, RelativeDay];
  status: ProjectStatus;
  description: string;
  screening: { done: boolean; day: RelativeDay | null; reportRef: string | null; findings: { asbestos: boolean; pcb: boolean; lead: boolean; other: string | null } };
  lots: DemoLot[];
}

/** Three selective demolitions of older rural houses on Bornholm, as in the Byg360 learning cases. */
export const demoProjects: DemoProject[] = [
  {
    title: 'Selektiv nedrivning af landejendom ved Klemensker',
    address: 'Smedegårdsvej 12',
    postcode: '3782',
    city: 'Klemensker',
    lat: 55.1712,
    lon: 14.8265,
    buildingUse: 'farm',
    constructionYear: 1912,
    floorAreaM2: '186',
    harvest: [-5, 45],
    status: 'active',
    description: 'Grundmuret stuehus og staldlænge i gule og røde mursten. Materialerne kan hentes på adressen efter aftale.',
    screening: { done: true, day: -40, reportRef: 'MK-2026-118', findings: { asbestos: false, pcb: false, lead: false, other: null } },
    lots: [
      { category: 'murvaerk-mursten', title: 'Gule blødstrøgne mursten, renset', description: 'Håndrensede mursten fra staldlængen, kalkmørtel. Stablet på paller á 400 stk.', quantity: '4800', unit: 'pcs', condition: 'B', dimensions: '228 × 108 × 54 mm', priceDkk: '2.50', status: 'published', testedFree: ['pcb'] },
      { category: 'tag-tegltagsten', title: 'Røde vingetegl', description: 'Hele vingetegl nedtaget fra stuehuset. Enkelte med mos.', quantity: '140', unit: 'm2', condition: 'B', priceDkk: '0', status: 'published' },
      { category: 'konstruktionstrae-bjaelker', title: 'Loftsbjælker i fyr', description: 'Tørre bjælker fra etageadskillelsen, søm fjernet.', quantity: '2.8', unit: 'm3', condition: 'B', dimensions: '150 × 200 mm, 4,2–5,6 m', priceDkk: '1800', status: 'published' },
      { category: 'gulve-plankegulv', title: 'Plankegulv i fyr fra stuen', description: 'Pløjede gulvbrædder, malet på oversiden.', quantity: '52', unit: 'm2', condition: 'C', dimensions: '28 × 145 mm', priceDkk: '60', status: 'published' },
      { category: 'vinduer-trae', title: 'Gamle dannebrogsvinduer', description: 'Seks vinduer med kitfals, skal istandsættes.', quantity: '6', unit: 'pcs', condition: 'C', priceDkk: '0', status: 'draft' },
    ],
  },
  {
    title: 'Bindingsværkshus i Østermarie',
    address: 'Kirkebyvej 4',
    postcode: '3751',
    city: 'Østermarie',
    lat: 55.1398,
    lon: 15.0093,
    buildingUse: 'single_family',
    constructionYear: 1852,
    floorAreaM2: '124',
    harvest: [20, 90],
    status: 'planned',
    description: 'Bindingsværk med tavl af Hasle klinker og sokkel af granit. Nedrivning planlagt; materialer kan reserveres nu.',
    screening: { done: true, day: -10, reportRef: 'MK-2026-131', findings: { asbestos: false, pcb: false, lead: true, other: 'Blyholdig maling på vinduesrammer' } },
    lots: [
      { category: 'murvaerk-hasle-klinker', title: 'Hasle klinker fra tavlene', description: 'Gule Hasle klinker, let at rense. Ingen maling.', quantity: '2200', unit: 'pcs', condition: 'A', priceDkk: '4', status: 'published', testedFree: ['pcb', 'lead'] },
      { category: 'natursten-granit', title: 'Granitsokkelsten', description: 'Kløvede granitsten fra soklen, 30–60 cm.', quantity: '6.5', unit: 'm3', condition: 'A', priceDkk: '900', status: 'published' },
      { category: 'konstruktionstrae-bindingsvaerk', title: 'Egetømmer fra bindingsværket', description: 'Stolper og løsholter i eg, tappede samlinger.', quantity: '3.1', unit: 'm3', condition: 'C', priceDkk: '2500', status: 'published', hazardNote: 'Rammerne er malet med blyholdig maling og er ikke med i partiet.' },
    ],
  },
  {
    title: 'Husmandssted ved Aakirkeby',
    address: 'Munkegårdsvej 7',
    postcode: '3720',
    city: 'Aakirkeby',
    lat: 55.0801,
    lon: 14.9012,
    buildingUse: 'farm',
    constructionYear: 1905,
    floorAreaM2: '150',
    harvest: [-120, -30],
    status: 'completed',
    description: 'Afsluttet læringscase: murværk, klinker, granit og plankegulv blev høstet og genbrugt lokalt.',
    screening: { done: true, day: -150, reportRef: 'MK-2026-054', findings: { asbestos: true, pcb: false, lead: false, other: 'Asbestholdige tagplader (bortskaffet særskilt)' } },
    lots: [
      {
        category: 'murvaerk-mursten',
        title: 'Røde mursten fra stuehuset',
        description: 'Renset af MaterialeVærket.',
        quantity: '6200',
        unit: 'pcs',
        condition: 'B',
        priceDkk: '2',
        status: 'closed',
        outcome: { reused: '5300', recycled: '600', disposed: '300' },
        collected: [
          { by: 'maker', quantity: '2400', day: -96, message: 'Vi henter seks paller til rensning i Østerlars.' },
          { by: 'citizen', quantity: '800', day: -75, message: 'Til en havemur; jeg henter med trailer.' },
          { by: 'maker', quantity: '1600', day: -68, message: 'De sidste fire paller, hvis de stadig er der.' },
        ],
      },
      {
        category: 'murvaerk-hasle-klinker',
        title: 'Hasle klinker fra gårdspladsen',
        description: 'Klinkebelægning fra gårdspladsen.',
        quantity: '1800',
        unit: 'pcs',
        condition: 'A',
        priceDkk: '3',
        status: 'closed',
        outcome: { reused: '1800', recycled: '0', disposed: '0' },
        collected: [
          { by: 'maker', quantity: '1200', day: -88, message: 'Til gulvet i værkstedet.' },
          { by: 'citizen', quantity: '600', day: -61, message: 'Til en terrasse.' },
        ],
      },
      {
        category: 'natursten-granit',
        title: 'Granit fra sokkel og trappe',
        description: 'Kløvet granit.',
        quantity: '5',
        unit: 'm3',
        condition: 'A',
        priceDkk: '800',
        status: 'closed',
        outcome: { reused: '5', recycled: '0', disposed: '0' },
        collected: [{ by: 'citizen', quantity: '1.5', day: -54, message: 'Trappesten til haven.' }],
      },
      {
        category: 'gulve-plankegulv',
        title: 'Plankegulv fra stuerne',
        description: 'Fyrreplanker, 28 mm.',
        quantity: '64',
        unit: 'm2',
        condition: 'B',
        priceDkk: '50',
        status: 'closed',
        outcome: { reused: '44', recycled: '0', disposed: '20' },
        collected: [
          { by: 'citizen', quantity: '24', day: -47, message: 'Til sommerhusets soveværelse.' },
          { by: 'maker', quantity: '20', day: -40, message: 'Til borde og hylder.' },
        ],
      },
    ],
  },
];
