// cytoscape-svg ships no types: it is a cytoscape extension that adds `cy.svg(options)`.
declare module 'cytoscape-svg' {
  const extension: (cytoscape: unknown) => void;
  export default extension;
}
