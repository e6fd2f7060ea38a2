// Filled in by the chart's implementation: the components, layout hooks and their prop types.
export {};
