import { describe, it } from 'vitest';
import { demo } from '../../examples/src/data/demo';
import { StakeholderMap } from '../src';
import { expectGolden } from './golden';
import { expectStructure } from './structure';

const { people, influences } = demo.stakeholders;

/** A manager with six reports who have no reports of their own: stacked in a column. */
const team = [
  { id: 'lead', name: 'Team Lead', title: 'Head of Radiology', decisionPower: 'high', attitude: 'neutral' },
  ...Array.from({ length: 6 }, (_, i) => ({
    id: `m${i + 1}`,
    parentId: 'lead',
    name: `Member ${i + 1}`,
    title: 'Radiologist',
    decisionPower: 'low',
    attitude: i % 3 === 0 ? 'positive' : i % 3 === 1 ? 'neutral' : 'negative',
    relationship: i % 5,
    keyContact: i === 0,
  })),
];

describe('golden SVGs', () => {
  it('stakeholders: the flagship map, top-down, EVP to win via Brightwater (structure)', () => {
    expectStructure(
      'stakeholder-flagship',
      <StakeholderMap
        data={people}
        width={2400}
        influences={influences}
        relationship="relationshipStrength"
        interactive={false}
      />,
      { marks: { 'rect.kamkit-stakeholders__card-bg': people.length } },
    );
  });

  it('stakeholders: the flagship map, left to right (structure)', () => {
    expectStructure(
      'stakeholder-left-right',
      <StakeholderMap
        data={people}
        width={2400}
        influences={influences}
        relationship="relationshipStrength"
        orientation="left-right"
        interactive={false}
      />,
      { marks: { 'rect.kamkit-stakeholders__card-bg': people.length } },
    );
  });

  it('stakeholders: a team stacked in a column under its lead', () => {
    expectGolden('stakeholder-stacked', <StakeholderMap data={team} interactive={false} />);
  });

  it('stakeholders: one person', () => {
    expectGolden(
      'stakeholder-one',
      <StakeholderMap data={[team[0] as (typeof team)[number]]} interactive={false} />,
    );
  });
});
