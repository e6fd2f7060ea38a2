import type { Region, Segment } from './types';

/**
 * Building blocks of the demo's organisation names. Every place name is invented, so the generated names
 * ("Klinikverbund Grünwaldau", "Silverbrook Health System") are fictional; `{p}` in a template is a place.
 */
export interface Language {
  /** Invented place names. */
  places: readonly string[];
  /** Name templates per segment; `{p}` is replaced by a place. */
  templates: Record<Segment, readonly string[]>;
}

/** Language code → name building blocks. */
export const LANGUAGES = {
  de: {
    places: [
      'Auenfeld',
      'Falkenried',
      'Grünwaldau',
      'Eichenbrück',
      'Lindenhöhe',
      'Sonnenhain',
      'Mühlental',
      'Weißenbrück',
      'Rötelbach',
      'Bärenhöhe',
      'Schönquell',
      'Tannwiesen',
      'Hohenmoor',
      'Kleeberg-Süd',
    ],
    templates: {
      'Hospital system': [
        'Klinikverbund {p}',
        'Gesundheitsverbund {p}',
        'Kliniken {p} gGmbH',
        'Klinikum {p}',
      ],
      Clinic: ['Praxisklinik {p}', 'Rehaklinik {p}', 'Augenklinik {p}', 'Fachklinik {p}'],
      Laboratory: ['Labor {p} MVZ', 'Laborverbund {p}', 'Medizinisches Labor {p}'],
      Insurer: ['Krankenkasse {p}', 'Gesundheitskasse {p}', 'Betriebskrankenkasse {p}'],
    },
  },
  nl: {
    places: [
      'Lindemeer',
      'Veenhof',
      'Rietvaart',
      'Oosterhei',
      'Brugwijk',
      'Zandveen',
      'Heiloord',
      'Kievitsburg',
    ],
    templates: {
      'Hospital system': ['Ziekenhuisgroep {p}', '{p} Medisch Centrum', 'Zorggroep {p}'],
      Clinic: ['Kliniek {p}', 'Oogkliniek {p}', 'Behandelcentrum {p}'],
      Laboratory: ['Laboratorium {p}', 'Diagnostiek {p}'],
      Insurer: ['Zorgverzekeraar {p}', '{p} Zorgverzekeringen'],
    },
  },
  fr: {
    places: [
      'Val-Sérène',
      'Beaulac-les-Pins',
      'Roche-Dorée',
      'Bellerive-Haute',
      'Sainte-Élodie',
      'Vallée-Ambrée',
      'Pré-Fleuri',
      'Saint-Aurélien',
      'Château-Lumière',
    ],
    templates: {
      'Hospital system': ['Groupe Hospitalier {p}', 'Centre Hospitalier de {p}'],
      Clinic: ['Clinique {p}', 'Polyclinique {p}'],
      Laboratory: ['Laboratoire {p}', 'Biolab {p}'],
      Insurer: ['Mutuelle {p}', 'Mutuelle Santé {p}'],
    },
  },
  sv: {
    places: ['Sjöhamra', 'Granlunda', 'Tallåsen', 'Ekholmen', 'Björkvika', 'Älvkulla', 'Mörtsjö'],
    templates: {
      'Hospital system': ['{p} Sjukhusgrupp', '{p} Hälso- och sjukvård'],
      Clinic: ['{p} Vårdcentral', '{p} Ögonklinik'],
      Laboratory: ['{p} Laboratorier'],
      Insurer: ['{p} Hälsoförsäkring'],
    },
  },
  da: {
    places: ['Ravnsø', 'Lindeskov', 'Havbjerg', 'Møllehøj', 'Egeholt'],
    templates: {
      'Hospital system': ['{p} Sygehus', 'Hospitalsenhed {p}'],
      Clinic: ['Klinik {p}', '{p} Privathospital'],
      Laboratory: ['{p} Laboratorium'],
      Insurer: ['{p} Sundhedsforsikring'],
    },
  },
  no: {
    places: ['Vestfjordheim', 'Fjellvik', 'Bjørkelid', 'Solstrand', 'Nordlia'],
    templates: {
      'Hospital system': ['{p} Helse', '{p} sykehus'],
      Clinic: ['{p} Klinikk', '{p} Legesenter'],
      Laboratory: ['{p} Laboratorium'],
      Insurer: ['{p} Helseforsikring'],
    },
  },
  fi: {
    places: ['Kuusilahti', 'Järvelä', 'Koivuranta', 'Mäntyniemi', 'Sinikallio'],
    templates: {
      'Hospital system': ['{p} Sairaala', '{p} Terveyspalvelut'],
      Clinic: ['Lääkärikeskus {p}'],
      Laboratory: ['{p} Laboratoriot'],
      Insurer: ['Vakuutus {p}'],
    },
  },
  es: {
    places: ['San Aurelio', 'Valdemora', 'Costa Serena', 'Montealto', 'Villanueva del Sol', 'Peñaclara'],
    templates: {
      'Hospital system': ['Grupo Hospitalario {p}', 'Hospital Universitario {p}'],
      Clinic: ['Clínica {p}', 'Policlínica {p}'],
      Laboratory: ['Laboratorios {p}', 'Análisis Clínicos {p}'],
      Insurer: ['Mutua {p}', 'Seguros de Salud {p}'],
    },
  },
  it: {
    places: ['Colle Aurora', 'Santa Liviana', 'Borgo Fiorito', 'Valserena', 'Monteluce', 'Poggio Chiaro'],
    templates: {
      'Hospital system': ['Azienda Ospedaliera {p}', 'Gruppo Ospedaliero {p}'],
      Clinic: ['Casa di Cura {p}', 'Clinica {p}'],
      Laboratory: ['Laboratorio Analisi {p}', 'Centro Diagnostico {p}'],
      Insurer: ['Mutua Sanitaria {p}', 'Assicurazioni Salute {p}'],
    },
  },
  en: {
    places: [
      'Ashcombe Vale',
      'Kestrel Ridge',
      'Silverbrook',
      'Larkspur Bay',
      'Hollowmere',
      'Fenwick Hollow',
      'Wrenfield',
      'Thistledown',
      'Stonemarsh',
      'Glenharrow',
      'Northgale',
      'Quillon Bay',
      'Elderwick',
      'Marrowdale',
      'Bramblecote',
      'Saltmere',
    ],
    templates: {
      'Hospital system': ['{p} Health System', '{p} Health Partners', '{p} Regional Health'],
      Clinic: ['{p} Medical Clinic', '{p} Surgery Center', '{p} Family Practice Group', '{p} Eye Institute'],
      Laboratory: ['{p} Diagnostics', '{p} Pathology Labs', '{p} Clinical Laboratories'],
      Insurer: ['{p} Health Plan', '{p} Mutual Health', '{p} Care Insurance'],
    },
  },
} as const satisfies Record<string, Language>;

/** A language code of {@link LANGUAGES}. */
export type LanguageCode = keyof typeof LANGUAGES;

/** A country the demo's accounts are in. */
export interface Country {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** Sales region. */
  region: Region;
  /** Languages of its organisation names (one is picked per account). */
  languages: readonly LanguageCode[];
  /** Relative frequency among the generated accounts. */
  weight: number;
}

/** Countries of the generated accounts, with relative frequencies. */
export const COUNTRIES: readonly Country[] = [
  { code: 'DE', region: 'DACH', languages: ['de'], weight: 22 },
  { code: 'AT', region: 'DACH', languages: ['de'], weight: 6 },
  { code: 'CH', region: 'DACH', languages: ['de', 'fr'], weight: 6 },
  { code: 'NL', region: 'Benelux & France', languages: ['nl'], weight: 8 },
  { code: 'BE', region: 'Benelux & France', languages: ['nl', 'fr'], weight: 4 },
  { code: 'FR', region: 'Benelux & France', languages: ['fr'], weight: 9 },
  { code: 'SE', region: 'Nordics', languages: ['sv'], weight: 5 },
  { code: 'DK', region: 'Nordics', languages: ['da'], weight: 4 },
  { code: 'NO', region: 'Nordics', languages: ['no'], weight: 3 },
  { code: 'FI', region: 'Nordics', languages: ['fi'], weight: 3 },
  { code: 'GB', region: 'UK & Ireland', languages: ['en'], weight: 9 },
  { code: 'IE', region: 'UK & Ireland', languages: ['en'], weight: 3 },
  { code: 'ES', region: 'Southern Europe', languages: ['es'], weight: 6 },
  { code: 'IT', region: 'Southern Europe', languages: ['it'], weight: 6 },
  { code: 'US', region: 'North America', languages: ['en'], weight: 12 },
  { code: 'CA', region: 'North America', languages: ['en', 'fr'], weight: 4 },
];

/** The (fictional) key account manager of each region. */
export const OWNERS: Record<Region, string> = {
  DACH: 'Jana Köhler',
  'Benelux & France': 'Pieter van Leeuwen',
  Nordics: 'Sanna Lindgren',
  'UK & Ireland': 'Tom Ashworth',
  'Southern Europe': 'Lucía Ferrer',
  'North America': 'Marcus Bell',
};

/** The demo's deliberately very long account name, for testing truncation and wrapping. */
export const LONG_NAME =
  'Universitätsklinikum und Medizinisches Versorgungszentrum Sonnenhöhe-Weißenbrück gemeinnützige Gesellschaft mit beschränkter Haftung – Standortverbund Nord';
