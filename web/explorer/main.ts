// The explorer page: GraphiQL from npm, bundled by Vite with its editor workers, so that it loads
// nothing from outside the API's own origin. Plain createElement calls keep the build free of a JSX step.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { readmeTabs } from './tabs.js';

const endpoint = new URL('/graphql', window.location.href).toString();

// POST with a JSON body, as GraphiQL sends it; graphql-response+json so request errors show as such.
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...options?.headers },
    body: JSON.stringify(params),
  });
  return response.json();
};

const root = document.getElementById('explorer');
if (!root) throw new Error('the page has no #explorer element');
createRoot(root).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: readmeTabs(),
    // Open on the schema's documentation, so a newcomer sees what can be asked; on a phone the
    // editor gets the whole width, and the documentation is one tap away in the sidebar.
    visiblePlugin: window.matchMedia('(max-width: 700px)').matches ? undefined : 'Documentation Explorer',
    defaultEditorToolsVisibility: true,
  }),
);
