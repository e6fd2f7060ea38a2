import { fireEvent, render, screen, within } from '@testing-library/react';
import { createRef, useEffect } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { demo } from '../../examples/src/data/demo';
import type { Person } from '../../examples/src/data/types';
import type { StakeholderLayout } from '../src';
import { KamkitError, kamkitCss, StakeholderMap, useStakeholderLayout } from '../src';

const { people, influences } = demo.stakeholders;
const flagship = { data: people, influences, relationship: 'relationshipStrength' } as const;

/** The card boxes (x, y, width, height) in the map's coordinates, read from the rendered SVG. */
function cardBoxes(container: Element) {
  return Array.from(container.querySelectorAll('g.kamkit-stakeholders__card')).map((g) => {
    const [x, y] = (g.getAttribute('transform')?.match(/-?[\d.]+/g) ?? []).map(Number);
    const bg = g.querySelector('rect.kamkit-stakeholders__card-bg');
    return {
      id: g.getAttribute('data-id') as string,
      x: x as number,
      y: y as number,
      width: Number(bg?.getAttribute('width')),
      height: Number(bg?.getAttribute('height')),
    };
  });
}

function overlapping(boxes: ReturnType<typeof cardBoxes>): string[] {
  const clashes: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as (typeof boxes)[number];
      const b = boxes[j] as (typeof boxes)[number];
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) {
        clashes.push(`${a.id} × ${b.id}`);
      }
    }
  }
  return clashes;
}

/** A deterministic organisation of `count` people: a CEO, 6 VPs, 3 directors each, the rest their staff. */
function largeOrg(count: number) {
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
  const attitudes = ['positive', 'neutral', 'negative', 'neutral', 'positive', 'neutral', 'positive'];
  const list: Record<string, unknown>[] = [];
  const person = (id: string, parentId: string | null, title: string, power: string) => {
    const i = list.length;
    list.push({
      id,
      parentId,
      name: `${first[i % first.length]} ${last[(i * 7) % last.length]}`,
      title,
      organisation: 'Northwind Health Group',
      decisionPower: power,
      attitude: attitudes[i % attitudes.length],
      relationship: (i % 5) + 1,
      keyContact: i % 11 === 0,
    });
  };
  person('ceo', null, 'Chief Executive Officer', 'high');
  for (let v = 1; v <= 6; v++) person(`vp${v}`, 'ceo', `Vice President ${v}`, v % 2 ? 'high' : 'medium');
  for (let v = 1; v <= 6; v++) {
    for (let d = 1; d <= 3; d++) person(`vp${v}-d${d}`, `vp${v}`, `Director ${v}.${d}`, 'medium');
  }
  for (let s = 0; list.length < count; s++) {
    const v = (s % 18) / 3 + 1;
    person(`staff${s}`, `vp${Math.floor(v)}-d${(s % 3) + 1}`, `Specialist ${s}`, 'low');
  }
  return list;
}

/** Reacting to a broken hierarchy in code with the headless hook: its result is an Attempt. */
function ReportingMap({
  people: list,
  onError,
}: {
  people: { id: string; parentId?: string }[];
  onError: (error: KamkitError) => void;
}) {
  const layout = useStakeholderLayout({ data: list, width: 640 });
  const error = layout.ok ? null : layout.error;
  useEffect(() => {
    if (error) onError(error);
  }, [error, onError]);
  return <StakeholderMap data={list} />;
}

describe('StakeholderMap', () => {
  it('states people, key stakeholders, coverage and the path in its description', () => {
    render(<StakeholderMap {...flagship} />);
    const img = screen.getByRole('img', { name: 'Stakeholder map' });
    expect(img).toHaveAccessibleDescription(
      'Stakeholder map of 17 people in 2 organisations (Mount Meridian Health System, Brightwater Advisory). ' +
        '1 key stakeholder to win: Catherine Okafor-Lindqvist. ' +
        'Coverage: amber. Our most powerful supporters have medium decision power (Dr. Eleanor Whitcombe, Dr. Ingrid Solberg, Rajiv Menon-Hartley). ' +
        'Win Catherine Okafor-Lindqvist (Executive Vice President, Strategy & Operations, neutral, high decision power) ' +
        'through Oliver Brennan-Hale (Brightwater Advisory, positive) → influence.',
    );
  });

  it('highlights the neutral EVP with high decision power as the key stakeholder to win', () => {
    const { container } = render(<StakeholderMap {...flagship} />);
    const keys = container.querySelectorAll('g.kamkit-stakeholders__card[data-key-stakeholder="true"]');
    expect(Array.from(keys, (k) => k.getAttribute('data-id'))).toEqual(['p-evp']);
    const evp = keys[0] as Element;
    expect(evp).toHaveAttribute('data-target', 'true');
    expect(evp.querySelector('.kamkit-stakeholders__win-ring')).not.toBeNull();
    expect(evp.querySelector('.kamkit-stakeholders__win-badge')).toHaveTextContent('To win');
  });

  it('marks the edges and people of the influence path via Brightwater', () => {
    const { container } = render(<StakeholderMap {...flagship} />);
    const svg = container.querySelector('svg.kamkit-chart__svg') as SVGElement;
    const onPath = svg.querySelectorAll('path[data-on-path="true"]');
    expect(onPath).toHaveLength(1);
    expect(onPath[0]).toHaveClass('kamkit-stakeholders__influence');
    expect(onPath[0]).toHaveAttribute('data-from', 'p-bw-partner');
    expect(onPath[0]).toHaveAttribute('data-to', 'p-evp');
    const cards = container.querySelectorAll('g.kamkit-stakeholders__card[data-on-path="true"]');
    expect(Array.from(cards, (c) => c.getAttribute('data-id')).sort()).toEqual(['p-bw-partner', 'p-evp']);
    expect(svg.querySelectorAll('.kamkit-stakeholders__path-halo')).toHaveLength(1);
  });

  it('draws influence lines dotted with arrowheads coloured by kind', () => {
    const { container } = render(<StakeholderMap {...flagship} />);
    const svg = container.querySelector('svg.kamkit-chart__svg') as SVGElement;
    const lines = Array.from(svg.querySelectorAll('path.kamkit-stakeholders__influence'));
    expect(
      lines.map(
        (l) => `${l.getAttribute('data-from')}→${l.getAttribute('data-to')}:${l.getAttribute('data-kind')}`,
      ),
    ).toEqual(['p-bw-partner→p-evp:positive', 'p-cfo→p-evp:negative', 'p-cmio→p-evp:positive']);
    for (const line of lines) {
      const id = line.getAttribute('marker-end')?.match(/^url\(#(.+)\)$/)?.[1] as string;
      const marker = container.querySelector(`marker[id="${id}"]`);
      expect(marker).not.toBeNull();
      expect(marker).toHaveAttribute('data-kind', line.getAttribute('data-kind') as string);
      expect(line.getAttribute('d')).toMatch(/^M[\d.-]+,[\d.-]+C/);
    }
    expect(kamkitCss).toMatch(/\.kamkit-stakeholders__influence[,)][^{]*\{[^}]*stroke-dasharray:1 5/);
  });

  it('draws the legend’s influence keys in SVG with the map’s arrowheads, so an export shows them', () => {
    const { container } = render(<StakeholderMap {...flagship} />);
    const keys = Array.from(container.querySelectorAll('.kamkit-stakeholders__legend [data-key=influence]'));
    expect(keys.map((k) => k.getAttribute('data-kind'))).toEqual(['positive', 'negative']);
    for (const key of keys) {
      const kind = key.getAttribute('data-kind') as string;
      const arrow = key.querySelector('svg path.kamkit-stakeholders__key-arrow');
      const marker = container.querySelector(`marker[data-kind=${kind}] path`);
      expect(arrow?.getAttribute('d')).toBe(marker?.getAttribute('d'));
      expect(key.querySelector('svg path.kamkit-stakeholders__key-line')).toHaveAttribute('data-kind', kind);
    }
    // No CSS pseudo-element draws a key: an export copies elements, not ::before/::after boxes.
    expect(kamkitCss).not.toMatch(/kamkit-stakeholders[^{]*::(after|before)/);
  });

  it('draws the second reporting line dashed from the report to the second manager', () => {
    const { container } = render(<StakeholderMap {...flagship} />);
    const svg = container.querySelector('svg.kamkit-chart__svg') as SVGElement;
    const dotted = svg.querySelectorAll('path.kamkit-stakeholders__secondary');
    expect(dotted).toHaveLength(1);
    expect(dotted[0]).toHaveAttribute('data-from', 'p-dir-clinical-informatics');
    expect(dotted[0]).toHaveAttribute('data-to', 'p-cio');
    // 15 + 2 people, 2 at the top: 15 solid reporting lines.
    expect(svg.querySelectorAll('path.kamkit-stakeholders__link')).toHaveLength(15);
  });

  it('places the hospital and the consultancy side by side without overlapping cards', () => {
    const { container } = render(<StakeholderMap {...flagship} />);
    const boxes = cardBoxes(container);
    expect(boxes).toHaveLength(17);
    expect(overlapping(boxes)).toEqual([]);
    const hospitalRight = Math.max(
      ...boxes.filter((b) => !b.id.startsWith('p-bw')).map((b) => b.x + b.width),
    );
    const consultancyLeft = Math.min(...boxes.filter((b) => b.id.startsWith('p-bw')).map((b) => b.x));
    expect(consultancyLeft).toBeGreaterThan(hospitalRight);
    const labels = Array.from(
      container.querySelectorAll('.kamkit-stakeholders__tree-label'),
      (t) => t.textContent,
    );
    expect(labels).toEqual(['Mount Meridian Health System', 'Brightwater Advisory']);
    // A card names the organisation only where it differs from its tree's.
    expect(container.querySelector('.kamkit-stakeholders__organisation')).toBeNull();
  });

  it('lays out left to right with every manager left of their reports', () => {
    const { container } = render(<StakeholderMap {...flagship} orientation="left-right" />);
    const boxes = new Map(cardBoxes(container).map((b) => [b.id, b]));
    expect(overlapping([...boxes.values()])).toEqual([]);
    for (const person of people) {
      if (!person.parentId) continue;
      const manager = boxes.get(person.parentId);
      const report = boxes.get(person.id);
      expect((manager?.x ?? 0) + (manager?.width ?? 0)).toBeLessThan(report?.x ?? 0);
    }
    expect(container.querySelector('[data-kamkit-chart]')).toHaveAttribute('data-orientation', 'left-right');
  });

  // 150 people rendered twice in happy-dom (React's development build) takes a few seconds.
  it('stacks the reports of large teams in columns and keeps 150 cards apart', { timeout: 30_000 }, () => {
    const org = largeOrg(150);
    const { container } = render(<StakeholderMap data={org} interactive={false} />);
    const boxes = cardBoxes(container);
    expect(boxes).toHaveLength(150);
    expect(overlapping(boxes)).toEqual([]);
    const stacked = container.querySelectorAll('g.kamkit-stakeholders__card[data-stacked="true"]');
    expect(stacked.length).toBe(150 - 1 - 6 - 18);
    // 18 columns of reports instead of 125 cards in a row.
    const svg = container.querySelector('svg.kamkit-chart__svg') as SVGElement;
    expect(Number(svg.getAttribute('width'))).toBeLessThan(18 * 300);
    const flat = render(<StakeholderMap data={org} interactive={false} stackLeaves={false} />);
    expect(overlapping(cardBoxes(flat.container))).toEqual([]);
  });

  it('spreads unknown props, merges className and forwards the ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <StakeholderMap
        {...flagship}
        ref={ref}
        className="mine"
        data-testid="chart"
        aria-busy="false"
        style={{ maxWidth: 900 }}
      />,
    );
    const root = screen.getByTestId('chart');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('kamkit-chart', 'kamkit-stakeholders', 'mine');
    expect(root).toHaveAttribute('aria-busy', 'false');
    expect(root).toHaveAttribute('data-kamkit-chart', 'stakeholders');
    expect(root.style.maxWidth).toBe('900px');
  });

  it('moves between people in tree order with the arrow keys and tells all their fields', () => {
    render(<StakeholderMap {...flagship} />);
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(
      'Dr. Eleanor Whitcombe. President & Chief Executive Officer. Mount Meridian Health System. Top of the hierarchy. Decision power: medium. Attitude: positive. Relationship: 2 of 5 (weak)',
    );
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(status).toHaveTextContent(
      /^Daniel Achterberg\. Chief Financial Officer\. .*Reports to Dr\. Eleanor Whitcombe/,
    );
    expect(status).toHaveTextContent('Influences Catherine Okafor-Lindqvist (negative)');
    // Depth first, left to right: the CFO's reports come before the CMO.
    fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    expect(status).toHaveTextContent(/^Grace Whitfield\./);
    fireEvent.keyDown(explorer, { key: 'End' });
    expect(status).toHaveTextContent(
      /^Nadia Kowalczyk\. .*Brightwater Advisory\. Reports to Oliver Brennan-Hale/,
    );
    fireEvent.keyDown(explorer, { key: 'ArrowUp' });
    expect(status).toHaveTextContent(
      /^Oliver Brennan-Hale\. .*Key contact\. Influences Catherine Okafor-Lindqvist \(positive\)\. Path to win: step 1 of 1/,
    );
  });

  it('tells the EVP’s tooltip that she is the key stakeholder and who influences her', () => {
    render(<StakeholderMap {...flagship} />);
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    const status = screen.getByRole('status');
    for (let i = 0; i < 20 && !/^Catherine/.test(status.textContent ?? ''); i++) {
      fireEvent.keyDown(explorer, { key: 'ArrowRight' });
    }
    expect(status).toHaveTextContent(
      'Key stakeholder: to win. Influenced by Oliver Brennan-Hale (positive), Daniel Achterberg (negative), Dr. Ingrid Solberg (positive). Path to win: the person to win',
    );
  });

  it('lists everyone with all fields and their manager in the table', () => {
    render(<StakeholderMap {...flagship} table="visible" />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(18);
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Name',
      'Title',
      'Organisation',
      'Reports to',
      'Dotted line to',
      'Decision power',
      'Attitude',
      'Relationship',
      'Key contact',
      'Key stakeholder',
      'Influenced by',
      'Influences',
      'Path to win',
    ]);
    const schaefer = rows.find((r) => r.textContent?.includes('Dr. Benedikt Schäfer')) as HTMLElement;
    const cells = within(schaefer)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 10)).toEqual([
      'Dr. Benedikt Schäfer',
      'Director, Clinical Informatics',
      'Mount Meridian Health System',
      'Dr. Ingrid Solberg',
      'Rajiv Menon-Hartley',
      'low',
      'positive',
      '5 of 5 (very good)',
      'yes',
      'no',
    ]);
  });

  it('shows the coverage in the header', () => {
    const { container } = render(<StakeholderMap {...flagship} />);
    const coverage = container.querySelector('.kamkit-stakeholders__coverage');
    // The scenario: the CEO left the platform decision to the EVP, so our best supporters have medium power.
    expect(coverage).toHaveAttribute('data-coverage', 'amber');
    expect(coverage).toHaveTextContent(
      'Coverage: amber — Our most powerful supporters have medium decision power (Dr. Eleanor Whitcombe, Dr. Ingrid Solberg, Rajiv Menon-Hartley).',
    );
    // With a CEO of high decision power on our side, the coverage is green.
    const strongCeo = people.map((p) => (p.id === 'p-ceo' ? { ...p, decisionPower: 'high' as const } : p));
    const green = render(<StakeholderMap {...flagship} data={strongCeo} />);
    expect(green.container.querySelector('[data-kamkit-chart]')).toHaveAttribute('data-coverage', 'green');
  });

  it('highlights the path to a chosen target, from a chosen person, or none', () => {
    const cio = render(<StakeholderMap {...flagship} target="p-cfo" />);
    expect(cio.container.querySelector('[data-target="true"]')).toHaveAttribute('data-id', 'p-cfo');
    expect(screen.getAllByRole('img')[0]).toHaveAccessibleDescription(
      /Win Daniel Achterberg \(Chief Financial Officer, negative, high decision power\) through /,
    );
    cio.unmount();
    const viaCmio = render(<StakeholderMap {...flagship} pathFrom="p-cmio" />);
    expect(
      viaCmio.container.querySelector('svg.kamkit-chart__svg path[data-on-path="true"]'),
    ).toHaveAttribute('data-from', 'p-cmio');
    viaCmio.unmount();
    const none = render(<StakeholderMap {...flagship} target={null} />);
    expect(none.container.querySelectorAll('[data-on-path]')).toHaveLength(0);
    expect(none.container.querySelector('[data-target]')).toBeNull();
    // The key stakeholder stays highlighted.
    expect(none.container.querySelector('[data-key-stakeholder="true"]')).toHaveAttribute('data-id', 'p-evp');
  });

  it('follows reporting lines when no influence line leads to the target', () => {
    render(<StakeholderMap {...flagship} influences={[]} />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription(
      /Win Catherine Okafor-Lindqvist \(.*\) through Rajiv Menon-Hartley \(Chief Information Officer, positive\) → reports to\.$/,
    );
  });

  it('renders the complete SVG on the server', () => {
    const html = renderToString(<StakeholderMap {...flagship} />);
    expect(html).toContain('<svg');
    expect(html.match(/class="kamkit-stakeholders__card"/g)).toHaveLength(17);
    const svg = html.slice(html.indexOf('<svg class="kamkit-chart__svg"'));
    expect(svg.match(/class="kamkit-stakeholders__influence"/g)).toHaveLength(3);
    expect(html).toContain('through Oliver Brennan-Hale (Brightwater Advisory, positive) → influence.');
    expect(html).toContain('role="img"');
  });

  it('renders a clear empty state', () => {
    const { container } = render(<StakeholderMap data={[]} />);
    expect(screen.getByRole('img')).toHaveAccessibleDescription('No people on the stakeholder map.');
    expect(container.querySelector('.kamkit-empty')).toHaveTextContent('No people on the stakeholder map.');
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([
    [
      'MISSING_PARENT',
      [{ id: 'a' }, { id: 'b', parentId: 'ghost' }],
      /Person b reports to someone who is not in the list \(parentId\)/,
    ],
    [
      'CYCLE',
      [{ id: 'top' }, { id: 'a', parentId: 'b' }, { id: 'b', parentId: 'a' }],
      /The reporting lines form a cycle \(at a\)/,
    ],
    ['DUPLICATE_ID', [{ id: 'a' }, { id: 'a' }], /same id \(a\)/],
    [
      'NO_ROOT',
      [
        { id: 'a', parentId: 'b' },
        { id: 'b', parentId: 'a' },
      ],
      /Nobody is at the top/,
    ],
  ])('shows a %s error as an alert naming the problem instead of crashing', (code, broken, message) => {
    const { container } = render(<StakeholderMap data={broken} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/^This chart cannot be drawn/);
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent(`Error code: ${code}`);
    expect(container.querySelector('[data-kamkit-chart]')).toHaveAttribute('data-error', code);
    expect(container.querySelectorAll('.kamkit-stakeholders__card')).toHaveLength(0);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows an unknown target and an influence to nobody as errors too', () => {
    render(<StakeholderMap {...flagship} target="p-nobody" />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The target or an influence line names p-nobody, who is not in the list.',
    );
    const bad = [...influences, { from: 'p-ceo', to: 'p-ghost' }];
    const second = render(<StakeholderMap {...flagship} influences={bad} />);
    expect(second.container.firstElementChild).toHaveAttribute('data-error', 'MISSING_PERSON');
  });

  it('renders the error state on the server', () => {
    const html = renderToString(<StakeholderMap data={[{ id: 'a', parentId: 'x' }]} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('data-error="MISSING_PARENT"');
  });

  it('hands the error to onError and to the headless hook', () => {
    const fromProp: KamkitError[] = [];
    render(
      <StakeholderMap
        data={[{ id: 'a' }, { id: 'b', parentId: 'ghost' }]}
        onError={(e) => fromProp.push(e)}
      />,
    );
    expect(fromProp).toHaveLength(1);
    expect(fromProp[0]).toMatchObject({ code: 'MISSING_PARENT', id: 'b', index: 1, field: 'parentId' });
    const reported: KamkitError[] = [];
    render(
      <ReportingMap
        people={[{ id: 'a' }, { id: 'b', parentId: 'ghost' }]}
        onError={(e) => reported.push(e)}
      />,
    );
    expect(reported).toHaveLength(1);
    expect(reported[0]).toBeInstanceOf(KamkitError);
    expect(reported[0]).toMatchObject({ code: 'MISSING_PARENT', id: 'b', index: 1, field: 'parentId' });
  });

  it('shows hostile labels as text', () => {
    const hostile = [
      {
        id: 'x',
        name: '<img src=x onerror=alert(1)>',
        title: '</title><script>alert(1)</script>',
        attitude: 'neutral',
        decisionPower: 'high',
      },
      {
        id: 'y',
        parentId: 'x',
        name: '=HYPERLINK("http://evil.invalid","click")',
        organisation: '<b>Evil</b>',
      },
    ];
    const { container } = render(<StakeholderMap data={hostile} table="visible" />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByRole('table')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(screen.getByRole('img')).toHaveAccessibleDescription(/to win: <img src=x onerror=alert\(1\)>/);
  });

  it('wraps long names and titles inside the card and keeps the full text in the table', () => {
    const long: Person[] = [
      {
        ...(people[0] as Person),
        name: 'Prof. Dr. med. Maximiliane Alexandra von Hohenzollern-Sigmaringen',
        title: 'Geschäftsführende Direktorin für Digitalisierung, Informationstechnologie und Medizintechnik',
      },
    ];
    const { container } = render(<StakeholderMap data={long} table="visible" />);
    const names = Array.from(
      container.querySelectorAll('.kamkit-stakeholders__name'),
      (t) => t.textContent ?? '',
    );
    const titles = Array.from(
      container.querySelectorAll('.kamkit-stakeholders__title'),
      (t) => t.textContent ?? '',
    );
    expect(names.length + titles.length).toBeLessThanOrEqual(4);
    expect(names.join(' ')).toMatch(/^Prof\. Dr\. med\./);
    expect(titles.at(-1)).toMatch(/…$/);
    expect(screen.getByRole('table')).toHaveTextContent(
      'Geschäftsführende Direktorin für Digitalisierung, Informationstechnologie und Medizintechnik',
    );
  });

  it('keeps the card texts above the bottom row in small cards', () => {
    for (const nodeHeight of [48, 64, 76, 84, 96, 120]) {
      const { container, unmount } = render(
        <StakeholderMap {...flagship} nodeHeight={nodeHeight} nodeWidth={150} interactive={false} />,
      );
      for (const card of container.querySelectorAll('svg g.kamkit-stakeholders__card')) {
        const baselines = Array.from(card.querySelectorAll(':scope > text'), (t) =>
          Number(t.getAttribute('y')),
        );
        expect(baselines.length).toBeGreaterThan(0);
        // The bottom row's icon starts 21 px above the card's bottom edge.
        expect(Math.max(...baselines)).toBeLessThanOrEqual(nodeHeight - 24);
      }
      unmount();
    }
  });

  it('fits the map into the given width and never scales it up', () => {
    const { container } = render(<StakeholderMap {...flagship} width={1500} interactive={false} />);
    const svg = container.querySelector('svg.kamkit-chart__svg') as SVGElement;
    expect(svg).toHaveAttribute('width', '1500');
    const scaleOf = (root: Element) =>
      Number(
        root
          .querySelector('g.kamkit-stakeholders__map')
          ?.getAttribute('transform')
          ?.match(/scale\(([\d.]+)\)/)?.[1],
      );
    expect(scaleOf(container)).toBeGreaterThan(0.5);
    expect(scaleOf(container)).toBeLessThan(1);
    expect(Number(svg.getAttribute('height'))).toBeLessThan(700);
    // A phone: the map keeps the smallest scale (half size) and is wider than the chart (it scrolls).
    const phone = render(<StakeholderMap {...flagship} width={390} interactive={false} />);
    expect(scaleOf(phone.container)).toBe(0.5);
    expect(
      Number(phone.container.querySelector('svg.kamkit-chart__svg')?.getAttribute('width')),
    ).toBeGreaterThan(900);
    const one = render(
      <StakeholderMap data={[people[0] as Person]} width={900} height={500} interactive={false} />,
    );
    expect(one.container.querySelector('g.kamkit-stakeholders__map')?.getAttribute('transform')).not.toMatch(
      /scale/,
    );
  });

  it('renders a static map without the explorer when interactive={false}', () => {
    render(<StakeholderMap {...flagship} interactive={false} />);
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByRole('img')).toBeInTheDocument();
  });

  it('passes the computed layout to the children render prop', () => {
    const { container } = render(
      <StakeholderMap {...flagship}>
        {(layout) => (
          <text className="custom" x={0} y={0}>
            {`${layout.cards.length} cards, target ${layout.target?.id}, path ${layout.path?.ids.join('>')}`}
          </text>
        )}
      </StakeholderMap>,
    );
    expect(container.querySelector('text.custom')).toHaveTextContent(
      '17 cards, target p-evp, path p-bw-partner>p-evp',
    );
  });

  it('shows attitude as an icon and a word, not by colour alone', () => {
    const { container } = render(<StakeholderMap {...flagship} />);
    const cfo = container.querySelector('g.kamkit-stakeholders__card[data-id="p-cfo"]') as Element;
    expect(cfo.querySelector('.kamkit-stakeholders__attitude-glyph')).toHaveTextContent('−');
    expect(cfo.querySelector('.kamkit-stakeholders__attitude-word')).toHaveTextContent('negative');
    expect(cfo.querySelector('.kamkit-stakeholders__power')).toHaveAttribute('data-level', '3');
    // Relationship quality by colour (band 1 of 5 on [1, 5]) with its text equivalent on the card.
    expect(cfo).toHaveAttribute('data-band', '1');
    expect(cfo.querySelector('.kamkit-stakeholders__relationship-text')).toHaveTextContent('1/5');
    const infra = container.querySelector('g.kamkit-stakeholders__card[data-id="p-dir-infra"]') as Element;
    expect(infra).toHaveAttribute('data-key-contact', 'true');
    expect(infra.querySelector('.kamkit-stakeholders__key-contact-text')).toHaveTextContent('0');
  });
});

describe('StakeholderMap: relationship quality and influence kinds', () => {
  it('colours each card by its relationship band on relationshipDomain, with the value in words', () => {
    const { container } = render(<StakeholderMap {...flagship} />);
    const band = (id: string) =>
      container.querySelector(`g.kamkit-stakeholders__card[data-id="${id}"]`)?.getAttribute('data-band');
    // 1–5 in five equal bands: 5 → band 5 (very good), 2 → band 2 (weak), 1 → band 1.
    expect(band('p-bw-partner')).toBe('5');
    expect(band('p-ceo')).toBe('2');
    expect(band('p-cfo')).toBe('1');
    const wide = render(<StakeholderMap {...flagship} relationshipDomain={[0, 10]} />);
    expect(
      wide.container
        .querySelector('g.kamkit-stakeholders__card[data-id="p-bw-partner"]')
        ?.getAttribute('data-band'),
    ).toBe('3');
    expect(
      wide.container.querySelector(
        'g.kamkit-stakeholders__card[data-id="p-bw-partner"] .kamkit-stakeholders__relationship-text',
      ),
    ).toHaveTextContent('5/10');
    expect(kamkitCss).toMatch(/--kamkit-relationship-5,#2c7bb6/);
  });

  it('shows a bad relationshipDomain as an error', () => {
    const { container } = render(<StakeholderMap {...flagship} relationshipDomain={[5, 1]} />);
    expect(container.firstElementChild).toHaveAttribute('data-error', 'INVALID_OPTION');
  });

  it('draws the CFO’s negative line dashed with a blocking marker, and never routes the path over it', () => {
    const { container } = render(<StakeholderMap {...flagship} />);
    const negative = container.querySelector('path.kamkit-stakeholders__influence[data-kind="negative"]');
    expect(negative).toHaveAttribute('data-from', 'p-cfo');
    expect(negative).not.toHaveAttribute('data-on-path');
    const id = negative?.getAttribute('marker-end')?.match(/^url\(#(.+)\)$/)?.[1] as string;
    expect(container.querySelector(`marker[id="${id}"] path`)?.getAttribute('d')).toMatch(/H10V10H8Z$/);
    expect(kamkitCss).toMatch(
      /\.kamkit-stakeholders__influence\[data-kind=negative\][,)][^{]*\{stroke-dasharray:7 4/,
    );
    // Even from the CFO, no path uses the negative line: the CFO reaches the EVP through reporting lines.
    const fromCfo = render(
      <StakeholderMap {...flagship} paths={{ from: (p) => p.id === 'p-cfo' }} pathFrom="p-cfo" />,
    );
    const onPath = fromCfo.container.querySelectorAll('svg path[data-on-path="true"]');
    expect(onPath.length).toBeGreaterThan(0);
    for (const line of onPath) expect(line).not.toHaveAttribute('data-kind', 'negative');
  });

  it('highlights core’s best path (rows[0]): the consultancy’s, ahead of the CIO’s reporting line', () => {
    let layout: StakeholderLayout<Person> | undefined;
    render(
      <StakeholderMap {...flagship}>
        {(l) => {
          layout = l as StakeholderLayout<Person>;
          return null;
        }}
      </StakeholderMap>,
    );
    expect(layout?.path).toBe(layout?.paths?.rows[0]);
    expect(layout?.paths?.rows.map((p) => p.id).slice(0, 4)).toEqual([
      'p-bw-partner',
      'p-cio',
      'p-cmio',
      'p-ceo',
    ]);
  });

  it('writes German with locale="de-DE"', () => {
    render(<StakeholderMap {...flagship} locale="de-DE" table="visible" />);
    expect(screen.getByRole('img', { name: 'Stakeholder-Karte' })).toHaveAccessibleDescription(
      /^Stakeholder-Karte mit 17 Personen in 2 Organisationen \(Mount Meridian Health System, Brightwater Advisory\)\. 1 Schlüsselperson zu gewinnen: Catherine Okafor-Lindqvist\. Abdeckung: gelb\. .* gewinnen über Oliver Brennan-Hale \(Brightwater Advisory, positiv\) → Einfluss\.$/,
    );
    expect(screen.getByRole('table')).toHaveTextContent('5 von 5 (sehr gut)');
  });
});

describe('StakeholderMap: large organisations', () => {
  it('collapses subtrees beyond maxCards into "+N" cards, so 10,000 people stay bounded', () => {
    const org = largeOrg(10_000);
    const html = renderToString(<StakeholderMap data={org} width={1600} interactive={false} />);
    const cards = html.match(/class="kamkit-stakeholders__card"/g) ?? [];
    const more = html.match(/class="kamkit-stakeholders__more"/g) ?? [];
    expect(cards.length).toBeLessThanOrEqual(150);
    expect(more.length).toBeGreaterThan(0);
    // Everyone is accounted for: drawn, or counted in a "+N" card.
    const counts = Array.from(html.matchAll(/data-count="(\d+)"/g), (m) => Number(m[1]));
    expect(cards.length + counts.reduce((a, b) => a + b, 0)).toBe(10_000);
    const note = html.match(
      /([\d,]+) people are collapsed into .{1,8}\+.{1,8} cards \(more than 150 people\)/,
    );
    expect(Number(note?.[1]?.replace(/,/g, ''))).toBe(10_000 - cards.length);
    // Bounded output: the hidden table lists only the drawn people.
    expect(html.length).toBeLessThan(400_000);
  });

  it('opens a "+N" card with Enter, showing that manager’s reports', () => {
    const org = largeOrg(1_000);
    const onSelect = vi.fn();
    const { container } = render(<StakeholderMap data={org} width={1600} onSelect={onSelect} />);
    const before = container.querySelectorAll('g.kamkit-stakeholders__card').length;
    const explorer = screen.getByRole('group');
    fireEvent.focus(explorer);
    fireEvent.keyDown(explorer, { key: 'End' });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/more people under/);
    fireEvent.keyDown(explorer, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'bin', datum: null }));
    const after = container.querySelectorAll('g.kamkit-stakeholders__card').length;
    expect(after).toBeGreaterThan(before);
  });

  it('keeps the path to the target visible however small maxCards is', () => {
    const { container } = render(<StakeholderMap {...flagship} maxCards={3} interactive={false} />);
    const ids = Array.from(container.querySelectorAll('g.kamkit-stakeholders__card'), (c) =>
      c.getAttribute('data-id'),
    );
    expect(ids).toEqual(expect.arrayContaining(['p-evp', 'p-bw-partner']));
    expect(
      container.querySelector('path.kamkit-stakeholders__influence[data-on-path="true"]'),
    ).not.toBeNull();
    const bad = render(<StakeholderMap {...flagship} maxCards={0} />);
    expect(bad.container.firstElementChild).toHaveAttribute('data-error', 'INVALID_OPTION');
  });
});
