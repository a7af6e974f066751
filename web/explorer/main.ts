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
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...options?.headers,
    },
    body: JSON.stringify(params),
  });
  return response.json();
};

const tabs = readmeTabs();
const root = document.getElementById('explorer');
if (!root) throw new Error('the page has no #explorer element');
const phone = window.matchMedia('(max-width: 700px)').matches;
createRoot(root).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: tabs,
    // Open on the schema's documentation, so a newcomer sees what can be asked. On a phone the query
    // and its response stack (index.html) and share the height, so the documentation is one tap away
    // in the sidebar and the variables one tap away under the query.
    visiblePlugin: phone ? undefined : 'Documentation Explorer',
    defaultEditorToolsVisibility: !phone,
  }),
);

// GraphiQL titles each tab with its operation name and offers no other title; the tab buttons of the
// README's examples show their question in plain words instead. React writes a title only when it
// changes (an edited operation may get a new name), and the observer then puts the words back.
const titles = new Map(tabs.map((tab) => [tab.operationName, tab.title]));
function titleTabs(): void {
  for (const button of root!.querySelectorAll<HTMLElement>('.graphiql-tab-button')) {
    const text = button.firstChild;
    const title = text?.nodeType === Node.TEXT_NODE ? titles.get(text.nodeValue ?? '') : undefined;
    if (title !== undefined) {
      text!.nodeValue = title;
      button.title = title;
    }
  }
}
new MutationObserver(titleTabs).observe(root, { subtree: true, childList: true, characterData: true });
