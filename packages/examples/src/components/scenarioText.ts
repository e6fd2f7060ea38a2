/**
 * The worked scenario of the KAM template (issue 17), step by step, in English and German. The text is the
 * method helper's /work/coord/SCENARIO.md, whose figures core computed on the demo data (seed 42) and whose facts
 * `data/scenario.test.ts` asserts (flagship piloting, coverage amber, consultancy path first, every flagged account
 * queued, growth computed, whitespace by audience). The words are the app's (the charts' words come from the
 * kit's catalogue). `**bold**` marks emphasis and `` `code` `` a core call; nothing here is HTML.
 */

/** A step's words in one language. */
export interface StepText {
  title: string;
  /** Paragraphs; `**…**` is emphasis, `` `…` `` code. */
  paragraphs: string[];
  /** The step's takeaway (none for the situation). */
  takeaway: string | null;
}

/** The steps' ids, in the order of the walk. */
export const STEP_IDS = [
  'situation',
  'pareto',
  'abc',
  'scoring',
  'queue',
  'stakeholders',
  'whitespace',
  'survey',
] as const;

/** A step of the walk. */
export type StepId = (typeof STEP_IDS)[number];

/** The scenario in English and German, by step. */
export const SCENARIO_TEXT: Record<StepId, { en: StepText; de: StepText }> = {
  situation: {
    en: {
      title: 'The situation',
      paragraphs: [
        "You are a key account manager at **Nimbus Health Cloud**, a healthcare-cloud provider. In July 2023 Nimbus acquired **Larkspur Voice Systems**, whose speech-recognition and fraud-prevention tools are used by hospitals and insurers: overnight, 56 of the 150 key accounts in your portfolio came from Larkspur. Monthly recurring revenue (MRR) jumped from €582,350 in June 2023 to €1,212,430 in July 2023 and stands at €1,762,720 in December 2024 (€856,880 of it from the acquired accounts). **Your main KPI is to raise MRR on your current and your new accounts**: sell Nimbus's cloud products to the accounts that are new to you, and Larkspur's tools to the accounts you already had.",
        'Your biggest open deal: **Mount Meridian Health System**, a flagship hospital system that came with Larkspur. You have good contacts there, Mount Meridian upgraded to the Standard plan in April 2024 and runs a pilot of Nimbus Cloud Platform — but it **has not committed to the full cloud migration**.',
      ],
      takeaway: null,
    },
    de: {
      title: 'Die Ausgangslage',
      paragraphs: [
        'Sie sind Key Account Manager bei **Nimbus Health Cloud**, einem Anbieter von Cloud-Lösungen für das Gesundheitswesen. Im Juli 2023 hat Nimbus **Larkspur Voice Systems** übernommen, dessen Spracherkennungs- und Betrugspräventions-Werkzeuge Krankenhäuser und Versicherer nutzen: Über Nacht kamen 56 der 150 Schlüsselkunden Ihres Portfolios von Larkspur. Der monatlich wiederkehrende Umsatz (MRR) sprang von 582.350 € im Juni 2023 auf 1.212.430 € im Juli 2023 und liegt im Dezember 2024 bei 1.762.720 € (davon 856.880 € von den übernommenen Kunden). **Ihr Haupt-KPI ist, den MRR Ihrer bisherigen und Ihrer neuen Kunden zu steigern**: den neuen Kunden die Cloud-Produkte von Nimbus verkaufen, den bisherigen die Werkzeuge von Larkspur.',
        'Ihr größter offener Abschluss: **Mount Meridian Health System**, ein Vorzeige-Klinikverbund, der mit Larkspur kam. Sie haben gute Kontakte dort, Mount Meridian ist im April 2024 auf den Standard-Plan gewechselt und testet Nimbus Cloud Platform in einem Pilotprojekt — **hat sich aber noch nicht zur vollständigen Cloud-Migration verpflichtet**.',
      ],
      takeaway: null,
    },
  },
  pareto: {
    en: {
      title: 'Pareto — the vital few',
      paragraphs: [
        "`pareto(accounts, { value: (a) => a.revenue['2024'] })` over the 144 accounts with 2024 revenue (€19,997,960): **28 accounts (19 %) make 80 % of revenue**; the top 20 % make 81 %. Mount Meridian ranks **2nd** with €1,265,010 (6.3 % of revenue) — after only six months as a customer in 2023.",
      ],
      takeaway: 'spend your limited time on the vital few; Mount Meridian is one of them.',
    },
    de: {
      title: 'Pareto-Analyse — die wichtigen wenigen',
      paragraphs: [
        'Über die 144 Kunden mit Umsatz 2024 (19.997.960 €): **28 Kunden (19 %) machen 80 % des Umsatzes**; die besten 20 % machen 81 %. Mount Meridian steht mit 1.265.010 € (6,3 % des Umsatzes) auf **Platz 2** — nach nur sechs Monaten als Kunde im Jahr 2023.',
      ],
      takeaway: 'Die knappe Zeit gehört den wichtigen wenigen; Mount Meridian gehört dazu.',
    },
  },
  abc: {
    en: {
      title: 'ABC over three years — the acquisition in the tiers',
      paragraphs: [
        '`abc` per year (default rules: A up to 80 % of revenue, B up to 95 %) or `abcOverTime(accounts, { periods: years })`: 2022 — 69 accounts with revenue (A 10, B 24, C 35); 2023 — 129 (A 24, B 43, C 62); 2024 — 144 (A 28, B 44, C 72). The acquired accounts enter in 2023; Mount Meridian is not in 2022 (not yet ours) and is **A in 2023 and 2024**. From 2023 to 2024, 21 A accounts stayed A and 20 accounts appeared for the first time (5 of them straight into A).',
      ],
      takeaway:
        'the customer base grew through the acquisition; the new A accounts need a plan of their own.',
    },
    de: {
      title: 'ABC-Analyse über drei Jahre — die Übernahme in den Stufen',
      paragraphs: [
        '2022 — 69 Kunden mit Umsatz (A 10, B 24, C 35); 2023 — 129 (A 24, B 43, C 62); 2024 — 144 (A 28, B 44, C 72). Die übernommenen Kunden kommen 2023 hinzu; Mount Meridian fehlt 2022 (noch nicht unser Kunde) und ist **2023 und 2024 ein A-Kunde**. Von 2023 auf 2024 blieben 21 A-Kunden A, 20 Kunden kamen neu hinzu (5 davon direkt in A).',
      ],
      takeaway:
        'Die Kundenbasis ist durch die Übernahme gewachsen; die neuen A-Kunden brauchen einen eigenen Plan.',
    },
  },
  scoring: {
    en: {
      title: 'Scoring tables and matrix — growth from revenue, harmony by judgement',
      paragraphs: [
        'Two tables list every key account. **Growth potential** is computed from revenue, not rated by hand: `growthRating` maps each revenue measure onto the 1–10 scale — *revenue growth* (MRR December 2023 → December 2024: −20 % or less = 1, +50 % or more = 10) and *revenue potential* (MRR still to win from the products offered: €0 = 1, €8,000 or more = 10), whole ratings; weights 50 % / 50 %. **Harmony** is rated by hand: strategic fit 30 %, culture 20 %, vision 20 %, overall strategy 30 %. `score` over the 136 active accounts (`growthCriterion`/the two computed fields as growth criteria) puts **25 accounts in the "key" quadrant**, 22 in key development, 31 opportunistic, 58 maintenance. Mount Meridian ranks **2nd**: growth 100 (revenue growth 10 after the upgrade, revenue potential 10 — €218,500 MRR still to win), harmony 67.8 (fit 8, culture 6, vision 7, strategy 7), total 83.9. First is Groupe Hospitalier Château-Lumière (85.0), a customer only since April 2024: 19 of the 136 were not yet customers in December 2023, so they have no revenue growth to rate and their growth score rests on revenue potential alone (the tables mark the missing rating).',
      ],
      takeaway: 'Mount Meridian is where the growth is; culture is its weakest harmony criterion.',
    },
    de: {
      title: 'Scoring-Tabellen und Matrix — Wachstum aus dem Umsatz, Harmonie nach Einschätzung',
      paragraphs: [
        'Zwei Tabellen listen alle Schlüsselkunden. Das **Wachstumspotenzial** wird aus dem Umsatz berechnet, nicht von Hand bewertet: `growthRating` bildet jede Umsatzkennzahl auf die Skala 1–10 ab — *Umsatzwachstum* (MRR Dezember 2023 → Dezember 2024: −20 % oder weniger = 1, +50 % oder mehr = 10) und *Umsatzpotenzial* (noch zu gewinnender MRR aus den angebotenen Produkten: 0 € = 1, 8.000 € oder mehr = 10), ganze Noten; Gewichtung je 50 %. Die **Harmonie** wird von Hand bewertet: strategische Passung 30 %, Kultur 20 %, Vision 20 %, Gesamtstrategie 30 %. Über die 136 aktiven Kunden liegen **25 im Quadranten „Schlüsselkunde“**, 22 in der Entwicklung, 31 opportunistisch, 58 in der Pflege. Mount Meridian steht auf **Platz 2**: Wachstum 100 (Umsatzwachstum 10 nach dem Plan-Wechsel, Umsatzpotenzial 10 — 218.500 € MRR noch zu gewinnen), Harmonie 67,8 (Passung 8, Kultur 6, Vision 7, Strategie 7), gesamt 83,9. Platz 1: Groupe Hospitalier Château-Lumière (85,0), Kunde erst seit April 2024: 19 der 136 waren im Dezember 2023 noch keine Kunden, haben also kein Umsatzwachstum, das sich bewerten ließe, und ihr Wachstumspotenzial beruht allein auf dem Umsatzpotenzial (die Tabellen markieren die fehlende Bewertung).',
      ],
      takeaway: 'Bei Mount Meridian liegt das Wachstum; die Kultur ist das schwächste Harmonie-Kriterium.',
    },
  },
  queue: {
    en: {
      title: 'KA dashboard and the at-risk queue',
      paragraphs: [
        "The dashboard shows MRR by plan, change over time, onboarding status and the endangerment column. The **at-risk queue** lists every flagged account — `churnRisk(accounts, { signals, asOf: '2024-12-31' })`: **25 accounts, €225,130 MRR at risk (12.8 % of MRR)**. Nine of them are flagged although their signals alone would not rate them \"high\" (a score-only list would show 16): nothing flagged is dropped. As the template says, the queue is ranked **by importance (ABC tier of MRR), then by time in the queue**: the A accounts first — Zorgverzekeraar Heiloord (99 days), Kestrel Ridge Health Plan (92 days, flagged while its signals are only \"medium\"), Zorggroep Lindemeer (35), Stonemarsh Eye Institute (28) — then the B accounts, longest waiting first (Labor Eichenbrück MVZ, 127 days). The manager may rank by another KPI instead: `rankBy: 'mrr' | 'expected-loss' | 'risk' | 'waiting'` or a comparator. Mount Meridian is not in the queue.",
      ],
      takeaway: 'protect the base while you grow it — start with the A accounts that have waited longest.',
    },
    de: {
      title: 'KA-Dashboard und die Gefährdet-Warteschlange',
      paragraphs: [
        'Das Dashboard zeigt den MRR nach Plan, die Veränderung über die Zeit, den Onboarding-Status und die Spalte „Gefährdet“. Die **Warteschlange** listet jedes markierte Konto: **25 Kunden, 225.130 € MRR gefährdet (12,8 % des MRR)**. Neun davon sind markiert, obwohl ihre Signale allein sie nicht als „hoch“ einstufen würden (eine reine Score-Liste zeigte 16): Nichts Markiertes fällt heraus. Wie die Vorlage sagt, wird die Warteschlange **nach Wichtigkeit (ABC-Stufe des MRR) und dann nach der Dauer in der Warteschlange** sortiert: zuerst die A-Kunden — Zorgverzekeraar Heiloord (99 Tage), Kestrel Ridge Health Plan (92 Tage, markiert, obwohl die Signale nur „mittel“ sagen), Zorggroep Lindemeer (35), Stonemarsh Eye Institute (28) — dann die B-Kunden, die am längsten wartenden zuerst (Labor Eichenbrück MVZ, 127 Tage). Manager können stattdessen nach einem anderen KPI sortieren: MRR, erwarteter Verlust, Risiko, Wartezeit oder eine eigene Regel. Mount Meridian ist nicht in der Warteschlange.',
      ],
      takeaway:
        'Die Basis schützen, während man sie ausbaut — mit den A-Kunden beginnen, die am längsten warten.',
    },
  },
  stakeholders: {
    en: {
      title: "Stakeholder map — the consultancy's path to the EVP",
      paragraphs: [
        "`stakeholderMap(people, { influences, relationship: 'relationshipStrength' })`: 17 people in two organisations (Mount Meridian and Brightwater Advisory). Colour = quality of our relationship (1–5); attitude by icon and label. **Coverage is amber**: our most powerful supporters — the CEO (who has left the platform decision to the EVP), the CIO and the CMIO — have medium decision power on this deal. The one **key stakeholder** is **Catherine Okafor-Lindqvist, Executive Vice President, Strategy & Operations**: neutral on Nimbus and on the cloud, high decision power, she signs off the migration and wants hard savings figures. `influencePaths(map, 'p-evp')` ranks the ways to her (supporters first, fewest steps, strongest weakest relationship): **1. Oliver Brennan-Hale, managing partner of Brightwater Advisory** — a positive dotted line, one step, relationship 5: Brightwater advises Mount Meridian and can show that the migration's savings flow back into system upkeep. 2. the CIO (reports to the EVP, relationship 4), 3. the CMIO (positive line, relationship 3), 4. the CEO (2). The CFO's line to the EVP is negative — drawn, never a route.",
      ],
      takeaway: "win the EVP through Brightwater's cost-savings case.",
    },
    de: {
      title: 'Stakeholder-Karte — der Weg der Beratung zur EVP',
      paragraphs: [
        '17 Personen in zwei Organisationen (Mount Meridian und Brightwater Advisory). Die Farbe zeigt die Qualität unserer Beziehung (1–5), die Haltung zeigen Symbol und Text. **Die Abdeckung ist gelb**: unsere mächtigsten Befürworter — die CEO (die die Plattform-Entscheidung der EVP überlassen hat), der CIO und die CMIO — haben bei diesem Abschluss mittlere Entscheidungsmacht. Die eine **Schlüsselperson** ist **Catherine Okafor-Lindqvist, Executive Vice President, Strategy & Operations**: neutral gegenüber Nimbus und der Cloud, hohe Entscheidungsmacht; sie zeichnet die Migration ab und will harte Einsparzahlen sehen. Die Wege zu ihr, geordnet (Befürworter zuerst, wenigste Schritte, stärkste schwächste Beziehung): **1. Oliver Brennan-Hale, Managing Partner von Brightwater Advisory** — eine positive gestrichelte Linie, ein Schritt, Beziehung 5: Brightwater berät Mount Meridian und kann zeigen, dass die Einsparungen der Migration wieder in die Systempflege fließen. 2. der CIO (berichtet an die EVP, Beziehung 4), 3. die CMIO (positive Linie, Beziehung 3), 4. die CEO (2). Die Linie des CFO zur EVP ist negativ — gezeichnet, aber nie ein Weg.',
      ],
      takeaway: 'Die EVP über das Einspar-Argument von Brightwater gewinnen.',
    },
  },
  whitespace: {
    en: {
      title: 'Cross-sell whitespace — different products for new and existing accounts',
      paragraphs: [
        "`whitespace(accounts, products, holdings, { eligible: offeredTo, potential: potentialOf })`: accounts new to us (acquired) are offered Nimbus Cloud Platform, Teamspace and Relate CRM; our existing accounts Larkspur Clinical Dictation and Claims Guard. 562 account–product rows (188 pairs not offered). **MRR still to win: €1,903,200** — €1,439,780 from the cloud products for the new accounts, €463,420 from Larkspur's tools for the existing ones. `largestWhitespace(result, { statuses: ['whitespace', 'pilot'] })`: **1. Mount Meridian × Nimbus Cloud Platform (pilot), €172,500 a month**; 2. Centre Hospitalier de Roche-Dorée × Cloud Platform €145,910; 3. Kievitsburg Medisch Centrum × Cloud Platform €107,820; 4. Zorgverzekeraar Zandveen × Claims Guard €106,220.",
      ],
      takeaway: 'the full migration at Mount Meridian is the single largest opportunity in the portfolio.',
    },
    de: {
      title: 'Cross-Selling-Whitespace — verschiedene Produkte für neue und bestehende Kunden',
      paragraphs: [
        'Neuen Kunden (aus der Übernahme) bieten wir Nimbus Cloud Platform, Teamspace und Relate CRM an, bestehenden Kunden Larkspur Clinical Dictation und Claims Guard. 562 Zeilen Kunde × Produkt (188 Paare nicht angeboten). **Noch zu gewinnender MRR: 1.903.200 €** — 1.439.780 € aus den Cloud-Produkten für die neuen Kunden, 463.420 € aus den Larkspur-Werkzeugen für die bestehenden. Die größten Chancen: **1. Mount Meridian × Nimbus Cloud Platform (Pilot), 172.500 € pro Monat**; 2. Centre Hospitalier de Roche-Dorée × Cloud Platform 145.910 €; 3. Kievitsburg Medisch Centrum × Cloud Platform 107.820 €; 4. Zorgverzekeraar Zandveen × Claims Guard 106.220 €.',
      ],
      takeaway: 'Die vollständige Migration bei Mount Meridian ist die größte Einzelchance im Portfolio.',
    },
  },
  survey: {
    en: {
      title: 'Once signed — onboarding, question by question',
      paragraphs: [
        "When the EVP signs, Mount Meridian — the second-largest account — goes into onboarding, and the KAM's attention goes there to make it as smooth as possible. The onboarding survey (`onboardingSurvey(answers, { stages: ['Kick-off', 'Integration', 'Training', 'Live'] })`, 1,757 answers from 78 accounts, 105 skipped) shows where customers are least satisfied: **data migration during integration, 4.7 / 10** (180 responses), then fit with clinical systems during integration (5.6) and support during integration (6.3); the clearest strength is the onboarding plan at kick-off (8.2). Overall mean 6.9.",
      ],
      takeaway: "staff Mount Meridian's data migration before it starts.",
    },
    de: {
      title: 'Nach der Unterschrift — Onboarding, Frage für Frage',
      paragraphs: [
        'Sobald die EVP unterschreibt, geht Mount Meridian — der zweitgrößte Kunde — ins Onboarding, und die Aufmerksamkeit des KAM gilt einem möglichst reibungslosen Ablauf. Die Onboarding-Umfrage (1.757 Antworten von 78 Kunden, 105 übersprungen) zeigt, wo Kunden am wenigsten zufrieden sind: **Datenmigration während der Integration, 4,7 / 10** (180 Antworten), dann die Einbindung in klinische Systeme während der Integration (5,6) und der Support während der Integration (6,3); die klarste Stärke ist der Onboarding-Plan beim Kick-off (8,2). Gesamtmittel 6,9.',
      ],
      takeaway: 'Die Datenmigration bei Mount Meridian personell absichern, bevor sie beginnt.',
    },
  },
};
