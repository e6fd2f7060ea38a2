// A layout check for story play functions (stories whose chart must fit a phone's width).

/** Pairs of drawn SVG texts whose boxes overlap by more than 1 px, and texts that stick out of the SVG. */
export function textClashes(root: HTMLElement): string[] {
  const svg = root.querySelector('svg.kamkit-chart__svg') as SVGSVGElement;
  const frame = svg.getBoundingClientRect();
  // A horizontal text's box cut to one em tall (the glyph box adds the font's line gap).
  const texts = Array.from(svg.querySelectorAll('text')).map((text) => {
    const box = text.getBoundingClientRect();
    const inset = text.getAttribute('transform')
      ? 0
      : Math.max(0, (box.height - Number.parseFloat(getComputedStyle(text).fontSize)) / 2);
    return {
      text: text.textContent ?? '',
      box: new DOMRect(box.x, box.y + inset, box.width, box.height - 2 * inset),
    };
  });
  const clashes: string[] = [];
  for (const { text, box } of texts)
    if (box.left < frame.left - 1 || box.right > frame.right + 1) clashes.push(`"${text}" is cut off`);
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) {
      const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (x > 1 && y > 1) clashes.push(`"${a.text}" overlaps "${b.text}"`);
    }
  });
  return clashes;
}
