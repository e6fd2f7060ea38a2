import { StakeholderMap } from '@kamkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { demo } from '../packages/examples/src/data/demo';
import type { Influence, Person } from '../packages/examples/src/data/types';

const { people, influences } = demo.stakeholders;

/** The rectangles of the cards as drawn on screen. */
function cardRects(canvasElement: HTMLElement) {
  return Array.from(
    canvasElement.querySelectorAll<SVGGElement>('svg.kamkit-chart__svg g.kamkit-stakeholders__card'),
  ).map((card) => ({
    id: card.dataset.id as string,
    rect: (card.querySelector('.kamkit-stakeholders__card-bg') as SVGRectElement).getBoundingClientRect(),
  }));
}

/** Pairs of cards whose rectangles intersect. */
function overlaps(canvasElement: HTMLElement): string[] {
  const rects = cardRects(canvasElement);
  const clashes: string[] = [];
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i]?.rect as DOMRect;
      const b = rects[j]?.rect as DOMRect;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
        clashes.push(`${rects[i]?.id} × ${rects[j]?.id}`);
      }
    }
  }
  return clashes;
}

/** Card texts that run past the card's right edge (measured by the browser, in the SVG's own units). */
function overflowingTexts(canvasElement: HTMLElement): string[] {
  const out: string[] = [];
  for (const card of canvasElement.querySelectorAll<SVGGElement>(
    'svg.kamkit-chart__svg g.kamkit-stakeholders__card',
  )) {
    const width = Number(card.querySelector('.kamkit-stakeholders__card-bg')?.getAttribute('width'));
    for (const text of card.querySelectorAll<SVGTextElement>(':scope > text')) {
      const right = Number(text.getAttribute('x')) + text.getComputedTextLength();
      const limit =
        width - (text.classList.contains('kamkit-stakeholders__name') && card.dataset.keyContact ? 20 : 4);
      if (right > limit)
        out.push(`${card.dataset.id}: "${text.textContent}" ends at ${right.toFixed(1)} > ${limit}`);
    }
  }
  return out;
}

/** A deterministic organisation of `count` people: a CEO, 6 VPs, 3 directors each, the rest their staff. */
function largeOrg(count: number): Person[] {
  const first = [
    'Ada',
    'Ben',
    'Chloé',
    'Dev',
    'Eva',
    'Finn',
    'Grete',
    'Hamid',
    'Ines',
    'Jonas',
    'Kai',
    'Lena',
  ];
  const last = ['Berg', 'Okafor', 'Novak', 'Schmidt', 'Rossi', 'Haddad', 'Lindqvist', 'Moreau', 'Tanaka'];
  const attitudes = [
    'positive',
    'neutral',
    'negative',
    'neutral',
    'positive',
    'neutral',
    'positive',
  ] as const;
  const list: Person[] = [];
  const add = (id: string, parentId: string | null, title: string, power: Person['decisionPower']) => {
    const i = list.length;
    list.push({
      id,
      parentId,
      name: `${first[i % first.length]} ${last[(i * 7) % last.length]}`,
      title,
      organisation: 'Northwind Health Group',
      department: 'Operations',
      decisionPower: power,
      attitude: attitudes[i % attitudes.length] as Person['attitude'],
      relationshipStrength: (i % 5) + 1,
      keyContact: i % 11 === 0,
    });
  };
  add('ceo', null, 'Chief Executive Officer', 'high');
  for (let v = 1; v <= 6; v++) add(`vp${v}`, 'ceo', `Vice President ${v}`, v % 2 ? 'high' : 'medium');
  for (let v = 1; v <= 6; v++) {
    for (let d = 1; d <= 3; d++) add(`vp${v}-d${d}`, `vp${v}`, `Director ${v}.${d}`, 'medium');
  }
  for (let s = 0; list.length < count; s++) {
    add(`staff${s}`, `vp${Math.floor((s % 18) / 3) + 1}-d${(s % 3) + 1}`, `Specialist ${s}`, 'low');
  }
  return list;
}

const evp = people.find((p) => p.id === 'p-evp') as Person;

const meta = {
  title: 'Charts/StakeholderMap',
  component: StakeholderMap<Person, Influence>,
  args: {
    data: people,
    influences,
    relationship: 'relationshipStrength',
    table: 'toggle',
  },
  argTypes: {
    data: { control: false },
    influences: { control: false },
    relationship: { control: false },
    orientation: { control: 'inline-radio', options: ['top-down', 'left-right'] },
    target: { control: 'select', options: [undefined, null, ...people.map((p) => p.id)] },
    nodeWidth: { control: { type: 'range', min: 120, max: 280, step: 10 } },
    nodeHeight: { control: { type: 'range', min: 60, max: 140, step: 4 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    table: { control: 'inline-radio', options: ['hidden', 'visible', 'toggle', 'none'] },
  },
} satisfies Meta<typeof StakeholderMap<Person, Influence>>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The flagship's map: Mount Meridian Health System and, beside it, Brightwater Advisory. The neutral EVP with
 * high decision power is the key stakeholder to win; the path through Brightwater's partner is highlighted.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('img', { name: 'Stakeholder map' })).toHaveAccessibleDescription(
      /Win Catherine Okafor-Lindqvist \(Executive Vice President, Strategy & Operations, neutral, high decision power\) through Oliver Brennan-Hale \(Brightwater Advisory, positive\) → influence\.$/,
    );
    const keys = canvasElement.querySelectorAll('svg g[data-key-stakeholder="true"]');
    await expect(Array.from(keys, (k) => k.getAttribute('data-id'))).toEqual(['p-evp']);
    const onPath = canvasElement.querySelector(
      'svg path.kamkit-stakeholders__influence[data-on-path="true"]',
    );
    await expect(onPath).toHaveAttribute('data-from', 'p-bw-partner');
    // The influence lines are really dotted and end in an arrowhead.
    const style = getComputedStyle(onPath as Element);
    await expect(style.strokeDasharray).not.toBe('none');
    await expect(onPath?.getAttribute('marker-end')).toMatch(/^url\(#.+\)$/);
    // The scenario: the CEO left the decision to the EVP, so our best supporters have medium power.
    await expect(canvasElement.querySelector('.kamkit-stakeholders__coverage')).toHaveTextContent(
      'Coverage: amber',
    );
    await expect(overlaps(canvasElement)).toEqual([]);
    await expect(overflowingTexts(canvasElement)).toEqual([]);
  },
};

/** Managers to the left of their reports; the organisations stacked. */
export const LeftRight: Story = {
  args: { orientation: 'left-right' },
  play: async ({ canvasElement }) => {
    const rects = new Map(cardRects(canvasElement).map((c) => [c.id, c.rect]));
    for (const person of people) {
      if (!person.parentId) continue;
      await expect((rects.get(person.parentId) as DOMRect).right).toBeLessThan(
        (rects.get(person.id) as DOMRect).left,
      );
    }
    await expect(overlaps(canvasElement)).toEqual([]);
  },
};

/** The dark palette, from the toolbar's theme switch (or `data-kamkit-theme="dark"` on any ancestor). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const name = canvasElement.querySelector('svg .kamkit-stakeholders__name') as Element;
    await expect(getComputedStyle(name).fill).toBe('rgb(231, 234, 238)');
    // Relationship quality 5 of 5: the strong end of the colour-blind-safe RdYlBu scale.
    const strong = canvasElement.querySelector(
      'svg g[data-band="5"] .kamkit-stakeholders__stripe',
    ) as Element;
    await expect(getComputedStyle(strong).fill).toBe('rgb(44, 123, 182)');
  },
};

/** A brand theme set only through CSS variables: the ring of the person to win takes the brand accent. */
export const BrandTheme: Story = {
  globals: { theme: 'brand' },
  play: async ({ canvasElement }) => {
    const ring = canvasElement.querySelector('svg .kamkit-stakeholders__win-ring') as Element;
    await expect(getComputedStyle(ring).stroke).toBe('rgb(109, 40, 217)');
  },
};

/** One person: the neutral EVP, with nobody on our side yet to reach her. */
export const OnePerson: Story = {
  args: { data: [{ ...evp, parentId: null }], influences: [] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('svg g.kamkit-stakeholders__card')).toHaveLength(1);
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /Coverage: red\. .*No path of influence reaches Catherine Okafor-Lindqvist/,
    );
  },
};

/** No people: a clear empty state instead of a crash. */
export const Empty: Story = {
  args: { data: [], influences: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      'No people on the stakeholder map.',
    );
  },
};

/**
 * A typo in a manager's id: the map says what is wrong (`role="alert"`, `data-error="MISSING_PARENT"`) instead
 * of crashing the page.
 */
export const BrokenHierarchy: Story = {
  args: { data: people.map((p) => (p.id === 'p-cio' ? { ...p, parentId: 'p-epv' } : p)) },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent(
      'Person p-cio reports to someone who is not in the list (parentId).',
    );
    await expect(canvasElement.querySelector('[data-kamkit-chart]')).toHaveAttribute(
      'data-error',
      'MISSING_PARENT',
    );
    await expect(canvasElement.querySelectorAll('svg g.kamkit-stakeholders__card')).toHaveLength(0);
  },
};

/** Names are data: markup and formulas show as text, on the cards, in the tooltip and in the table. */
export const HostileLabels: Story = {
  args: {
    data: [
      {
        ...evp,
        parentId: null,
        name: '<img src=x onerror=alert(1)>',
        title: '</title><script>alert(1)</script>',
      },
      {
        ...(people.find((p) => p.id === 'p-cio') as Person),
        parentId: 'p-evp',
        name: '=HYPERLINK("http://evil.invalid","click")',
        organisation: '&amp; &lt;b&gt;not bold&lt;/b&gt;',
      },
    ],
    influences: [],
    table: 'visible',
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('script')).toBeNull();
    const table = within(canvasElement).getByRole('table');
    await expect(table).toHaveTextContent('<img src=x onerror=alert(1)>');
    await expect(table).toHaveTextContent('&amp; &lt;b&gt;not bold&lt;/b&gt;');
  },
};

/** Long names and titles wrap to two lines and are shortened inside the card; the tooltip and table have them in full. */
export const LongLabels: Story = {
  args: {
    data: people.map((p, i) =>
      i === 0
        ? {
            ...p,
            name: 'Prof. Dr. med. Maximiliane Alexandra von Hohenzollern-Sigmaringen',
            title:
              'Geschäftsführende Direktorin für Digitalisierung, Informationstechnologie und Medizintechnik',
          }
        : p.id === 'p-evp'
          ? {
              ...p,
              organisation: 'Universitätsklinikum Schleswig-Holstein-Mecklenburg-Vorpommern Verbund gGmbH',
            }
          : p.id === 'p-cfo'
            ? { ...p, name: 'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW' }
            : p,
    ),
  },
  play: async ({ canvasElement }) => {
    await expect(overflowingTexts(canvasElement)).toEqual([]);
    await expect(overlaps(canvasElement)).toEqual([]);
  },
};

/**
 * 150 people at "Northwind Health Group": teams whose members have no reports are stacked in columns, so the
 * map stays narrow enough to scroll. Laid out 3,200 px wide here, in a scroll box.
 */
export const LargeOrg: Story = {
  args: { data: largeOrg(150), influences: [], width: 3200 },
  decorators: [
    (Story) => (
      <div style={{ overflow: 'auto', maxWidth: '100%' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('svg g.kamkit-stakeholders__card')).toHaveLength(150);
    await expect(overlaps(canvasElement)).toEqual([]);
    await expect(within(canvasElement).getByRole('img')).toHaveAccessibleDescription(
      /^Stakeholder map of 150 people at Northwind Health Group\./,
    );
  },
};

/** Tab to the map, then move with the arrow keys from person to person, in tree order. */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const explorer = canvas.getByRole('group');
    await expect(explorer).toHaveFocus();
    const status = canvas.getByRole('status');
    await expect(status).toHaveTextContent(/^Dr\. Eleanor Whitcombe\. President & Chief Executive Officer\./);
    await userEvent.keyboard('{ArrowRight}');
    await expect(status).toHaveTextContent(/^Daniel Achterberg\. .*Attitude: negative/);
    await expect(canvasElement.querySelector('.kamkit-tooltip')).toHaveTextContent(
      'Reports to Dr. Eleanor Whitcombe',
    );
    await userEvent.keyboard('{End}');
    await expect(status).toHaveTextContent(/^Nadia Kowalczyk\. .*Brightwater Advisory/);
    await userEvent.keyboard('{ArrowLeft}');
    await expect(status).toHaveTextContent(/^Oliver Brennan-Hale\. .*Path to win: step 1 of 1/);
  },
};

/** German words (`locale="de-DE"`): description, coverage, legend, tooltips and table. */
export const GermanLocale: Story = {
  args: { locale: 'de-DE' },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('img', { name: 'Stakeholder-Karte' }),
    ).toHaveAccessibleDescription(
      /^Stakeholder-Karte mit 17 Personen in 2 Organisationen .*Abdeckung: gelb\./,
    );
  },
};

/** German and dark together. */
export const GermanDark: Story = {
  args: { locale: 'de-DE' },
  globals: { theme: 'dark' },
};

/** A phone: the map laid out at 390 px, scaled down to fit (the table and tooltips keep every word). */
export const Phone: Story = {
  args: { width: 390, locale: 'de-DE' },
};

/**
 * 10,000 people: beyond `maxCards` (150) reporting subtrees collapse breadth first into "+N" cards, so the page
 * stays small; Enter or a click on a "+N" card opens it.
 */
export const TenThousandPeople: Story = {
  args: { data: largeOrg(10_000), influences: [], width: 1600 },
  play: async ({ canvasElement }) => {
    const cards = canvasElement.querySelectorAll('svg g.kamkit-stakeholders__card');
    await expect(cards.length).toBeLessThanOrEqual(150);
    await expect(canvasElement.querySelectorAll('svg g.kamkit-stakeholders__more').length).toBeGreaterThan(0);
  },
};
