import type { NewOrganisation, Role } from '@byg360/shared';

/** Verified demo organisations on Bornholm; `key` ties the demo users below to them. */
export const demoOrganisations: (NewOrganisation & { key: string })[] = [
  { key: 'contractor', name: 'Bornholms Nedrivning ApS', kind: 'contractor', municipalityCode: '0400' },
  { key: 'recycling', name: 'BOFA Genbrugsplads Rønne', kind: 'recycling_station', municipalityCode: '0400' },
  { key: 'maker', name: 'MaterialeVærket', kind: 'maker', municipalityCode: '0400' },
  { key: 'municipality', name: 'Bornholms Regionskommune', kind: 'municipality', municipalityCode: '0400' },
];

export const demoUsers: { role: Role; email: string; name: string; phone: string | null; organisation: string | null }[] = [
  { role: 'citizen', email: 'citizen@demo.byg360.dk', name: 'Sofie Selvbygger', phone: null, organisation: null },
  { role: 'contractor', email: 'contractor@demo.byg360.dk', name: 'Jens Nedriver', phone: '+45 56 00 00 01', organisation: 'contractor' },
  { role: 'maker', email: 'maker@demo.byg360.dk', name: 'Mette fra MaterialeVærket', phone: '+45 56 00 00 02', organisation: 'maker' },
  { role: 'planner', email: 'planner@demo.byg360.dk', name: 'Peter Planlægger', phone: '+45 56 00 00 03', organisation: 'municipality' },
  { role: 'admin', email: 'admin@demo.byg360.dk', name: 'Anna Administrator', phone: null, organisation: null },
];
