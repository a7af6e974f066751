// The source itself, bundled with the page (Crown copyright, Open Government Licence; see data/),
// shown with one excerpt marked and scrolled into view: where an "in source" link leads.
import SOURCE from '../../data/documents/hmic-press-release-002-2009/text.txt?raw';
import { el } from './panel.js';

export function renderSource(host: HTMLElement, excerpt: string): void {
  const at = excerpt ? SOURCE.indexOf(excerpt) : -1;
  const mark = el('mark', { id: 'source-mark', tabindex: '-1' }, at >= 0 ? excerpt : '');
  const text = el(
    'div',
    { class: 'source-text' },
    ...(at >= 0 ? [SOURCE.slice(0, at), mark, SOURCE.slice(at + excerpt.length)] : [SOURCE]),
  );
  host.replaceChildren(
    el('h2', {}, 'HMIC press release 002/2009, 24 June 2009'),
    el(
      'p',
      { class: 'source' },
      at >= 0
        ? 'The marked passage is the evidence you followed.'
        : excerpt
          ? 'That passage is not in this document.'
          : 'The full text.',
    ),
    text,
    el('p', { class: 'source' }, '© Crown copyright 2009, reused under the Open Government Licence v3.0.'),
  );
  if (at >= 0) {
    mark.scrollIntoView({ block: 'center' });
    mark.focus();
  }
}
