import type { Influence, Person, StakeholderMap } from './types';

/** Name of the flagship account (fictional). */
export const FLAGSHIP_NAME = 'Mount Meridian Health System';

/** Name of the outside consultancy on the flagship's stakeholder map (fictional). */
export const CONSULTANCY_NAME = 'Brightwater Advisory';

/**
 * The flagship's stakeholders. The story, after the slide template's business case: Mount Meridian came to us
 * with the acquisition of Larkspur Voice Systems. The KAM has good relationships with several IT and clinical
 * contacts but cannot get a commitment to the full migration to Nimbus Cloud Platform (a pilot runs). The
 * neutral Executive Vice President, who has high decision power, must be won — the only key stakeholder; no
 * supporter has high power on this deal, so coverage is amber. Brightwater Advisory, whose partner advises the
 * EVP (a positive dotted line), can make the case for the savings that would flow back into system upkeep: his
 * path to the EVP ranks first (a supporter, one step, the strongest relationship). The CFO's line against the
 * migration is negative and never a route.
 */
const people: Person[] = [
  {
    id: 'p-ceo',
    name: 'Dr. Eleanor Whitcombe',
    title: 'President & Chief Executive Officer',
    organisation: FLAGSHIP_NAME,
    department: 'Executive',
    parentId: null,
    decisionPower: 'medium',
    attitude: 'positive',
    relationshipStrength: 2,
    keyContact: false,
    note: 'Backs the digital agenda in public but has left the platform decision to the EVP: medium power on this deal.',
  },
  {
    id: 'p-evp',
    name: 'Catherine Okafor-Lindqvist',
    title: 'Executive Vice President, Strategy & Operations',
    organisation: FLAGSHIP_NAME,
    department: 'Executive',
    parentId: 'p-ceo',
    decisionPower: 'high',
    attitude: 'neutral',
    relationshipStrength: 2,
    keyContact: false,
    note: 'Signs off the cloud migration. Neutral on us and on the cloud; wants hard savings figures.',
  },
  {
    id: 'p-cfo',
    name: 'Daniel Achterberg',
    title: 'Chief Financial Officer',
    organisation: FLAGSHIP_NAME,
    department: 'Finance',
    parentId: 'p-ceo',
    decisionPower: 'high',
    attitude: 'negative',
    relationshipStrength: 1,
    keyContact: false,
    note: 'Sceptical of the upfront migration cost.',
  },
  {
    id: 'p-cmo',
    name: 'Dr. Samuel Oduya',
    title: 'Chief Medical Officer',
    organisation: FLAGSHIP_NAME,
    department: 'Clinical',
    parentId: 'p-ceo',
    decisionPower: 'medium',
    attitude: 'neutral',
    relationshipStrength: 2,
    keyContact: false,
  },
  {
    id: 'p-cio',
    name: 'Rajiv Menon-Hartley',
    title: 'Chief Information Officer',
    organisation: FLAGSHIP_NAME,
    department: 'IT',
    parentId: 'p-evp',
    decisionPower: 'medium',
    attitude: 'positive',
    relationshipStrength: 4,
    keyContact: false,
    note: 'Supports the migration but will not push it against the CFO.',
  },
  {
    id: 'p-vp-purchasing',
    name: 'Sofia Marchetti',
    title: 'Vice President, Purchasing & Supply Chain',
    organisation: FLAGSHIP_NAME,
    department: 'Purchasing',
    parentId: 'p-cfo',
    decisionPower: 'medium',
    attitude: 'neutral',
    relationshipStrength: 3,
    keyContact: false,
  },
  {
    id: 'p-cmio',
    name: 'Dr. Ingrid Solberg',
    title: 'Chief Medical Information Officer',
    organisation: FLAGSHIP_NAME,
    department: 'Clinical',
    parentId: 'p-cmo',
    decisionPower: 'medium',
    attitude: 'positive',
    relationshipStrength: 3,
    keyContact: false,
  },
  {
    id: 'p-cno',
    name: 'Maribel Guerrero-Voss',
    title: 'Chief Nursing Officer',
    organisation: FLAGSHIP_NAME,
    department: 'Nursing',
    parentId: 'p-cmo',
    decisionPower: 'medium',
    attitude: 'neutral',
    relationshipStrength: 2,
    keyContact: false,
  },
  {
    id: 'p-ciso',
    name: 'Tomasz Wróblewski',
    title: 'Chief Information Security Officer',
    organisation: FLAGSHIP_NAME,
    department: 'IT',
    parentId: 'p-cio',
    decisionPower: 'medium',
    attitude: 'negative',
    relationshipStrength: 2,
    keyContact: false,
    note: 'Concerned about data residency of patient records.',
  },
  {
    id: 'p-dir-infra',
    name: 'Jonas Weidemüller',
    title: 'Director, IT Infrastructure & Cloud',
    organisation: FLAGSHIP_NAME,
    department: 'IT',
    parentId: 'p-cio',
    decisionPower: 'low',
    attitude: 'positive',
    relationshipStrength: 5,
    keyContact: true,
  },
  {
    id: 'p-dir-apps',
    name: 'Aisha Rahman',
    title: 'Director, Applications & Integration',
    organisation: FLAGSHIP_NAME,
    department: 'IT',
    parentId: 'p-cio',
    decisionPower: 'low',
    attitude: 'positive',
    relationshipStrength: 4,
    keyContact: true,
  },
  {
    id: 'p-dir-clinical-informatics',
    name: 'Dr. Benedikt Schäfer',
    title: 'Director, Clinical Informatics',
    organisation: FLAGSHIP_NAME,
    department: 'Clinical',
    parentId: 'p-cmio',
    secondaryParentId: 'p-cio',
    decisionPower: 'low',
    attitude: 'positive',
    relationshipStrength: 5,
    keyContact: true,
    note: 'Reports to the CMIO, with a dotted line to the CIO.',
  },
  {
    id: 'p-dir-fpa',
    name: 'Grace Whitfield',
    title: 'Director, Financial Planning & Analysis',
    organisation: FLAGSHIP_NAME,
    department: 'Finance',
    parentId: 'p-cfo',
    decisionPower: 'low',
    attitude: 'neutral',
    relationshipStrength: 3,
    keyContact: false,
  },
  {
    id: 'p-sourcing',
    name: 'Lena Fischer-Bauer',
    title: 'Strategic Sourcing Manager, IT & Digital',
    organisation: FLAGSHIP_NAME,
    department: 'Purchasing',
    parentId: 'p-vp-purchasing',
    decisionPower: 'low',
    attitude: 'positive',
    relationshipStrength: 4,
    keyContact: true,
  },
  {
    id: 'p-nursing-informatics',
    name: 'Kwame Asante',
    title: 'Nurse Informatics Lead',
    organisation: FLAGSHIP_NAME,
    department: 'Nursing',
    parentId: 'p-cno',
    decisionPower: 'low',
    attitude: 'positive',
    relationshipStrength: 3,
    keyContact: false,
  },
  {
    id: 'p-bw-partner',
    name: 'Oliver Brennan-Hale',
    title: 'Managing Partner, Healthcare Practice',
    organisation: CONSULTANCY_NAME,
    department: 'Healthcare Practice',
    parentId: null,
    decisionPower: 'low',
    attitude: 'positive',
    relationshipStrength: 5,
    keyContact: true,
    note: 'Outside the hierarchy: no formal decision power, but the EVP relies on his advice. We have worked with him for years.',
  },
  {
    id: 'p-bw-consultant',
    name: 'Nadia Kowalczyk',
    title: 'Senior Consultant, Digital Health',
    organisation: CONSULTANCY_NAME,
    department: 'Healthcare Practice',
    parentId: 'p-bw-partner',
    decisionPower: 'low',
    attitude: 'positive',
    relationshipStrength: 3,
    keyContact: false,
  },
];

const influences: Influence[] = [
  {
    from: 'p-bw-partner',
    to: 'p-evp',
    kind: 'positive',
    note: 'Runs the cost-savings programme; can show that the migration frees budget for system upkeep.',
  },
  {
    from: 'p-cfo',
    to: 'p-evp',
    kind: 'negative',
    note: 'Pushes to defer the migration for budget reasons.',
  },
  {
    from: 'p-cmio',
    to: 'p-evp',
    kind: 'positive',
    note: 'Champions the clinical benefits in the digital steering committee.',
  },
];

/**
 * The flagship's stakeholder map: a fresh copy on each call, so callers may change it freely. Authored, not
 * random: it is the same for every seed.
 *
 * @example
 * const map = flagshipStakeholders('acc-001');
 * map.people.find((p) => p.id === 'p-evp')?.attitude; // 'neutral'
 */
export function flagshipStakeholders(accountId: string): StakeholderMap {
  return {
    accountId,
    people: people.map((p) => ({ ...p })),
    influences: influences.map((i) => ({ ...i })),
  };
}
