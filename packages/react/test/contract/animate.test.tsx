import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../conformance/registry';

describe.each(CHARTS)('$name and the animate prop', ({ Component, props }) => {
  it('marks its root data-kamkit-animate="false" with animate={false}, and passes no animate attribute on', () => {
    const { container } = render(<Component {...props} animate={false} />);
    const root = container.firstElementChild as Element;
    expect(root).toHaveAttribute('data-kamkit-animate', 'false');
    expect(root.hasAttribute('animate')).toBe(false);
  });

  it('leaves the attribute off by default and with animate={true}', () => {
    const { container, rerender } = render(<Component {...props} />);
    expect(container.firstElementChild).not.toHaveAttribute('data-kamkit-animate');
    rerender(<Component {...props} animate />);
    expect(container.firstElementChild).not.toHaveAttribute('data-kamkit-animate');
  });
});
