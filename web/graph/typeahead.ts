// An entity box: a text input that offers the entities matching what is typed, each with its type
// (the ARIA 1.2 combobox pattern: arrows move, Enter picks, Escape closes). It never picks on its
// own: until the user chooses a suggestion the box holds text, not an entity, and `resolve` opens
// the choices or says plainly that nothing matches.
import * as api from './api.js';
import { echo, latest, Superseded } from './messages.js';
import { el } from './panel.js';

export interface EntityBox {
  input: HTMLInputElement;
  picked(): api.ViewEntity | undefined;
  set(entity: api.ViewEntity): void;
  /** The picked entity; otherwise shows the choices for the text (or says none match) and returns undefined. */
  resolve(): Promise<api.ViewEntity | undefined>;
}

let boxes = 0;

export function entityBox(
  input: HTMLInputElement,
  on: { pick(entity: api.ViewEntity): void; say(text: string, isError?: boolean): void },
): EntityBox {
  const id = `suggestions-${++boxes}`;
  const list = el('ul', {
    id,
    role: 'listbox',
    class: 'suggestions',
    hidden: '',
    'aria-label': `Suggestions for ${input.getAttribute('aria-label') ?? input.name}`,
  });
  input.after(list);
  input.parentElement!.classList.add('has-suggestions');
  Object.entries({
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': id,
  }).forEach(([k, v]) => input.setAttribute(k, v));
  const newest = latest();
  let options: api.ViewEntity[] = [];
  let active = -1;
  let chosen: api.ViewEntity | undefined;
  let timer: number | undefined;
  let closing: number | undefined;

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function show(entities: api.ViewEntity[], text: string): void {
    window.clearTimeout(closing);
    options = entities;
    active = -1;
    const items = entities.map((entity, i) => {
      const item = el(
        'li',
        { role: 'option', id: `${id}-${i}`, 'aria-selected': 'false', 'data-key': entity.key },
        entity.name,
        el('span', { class: 'type' }, entity.type),
      );
      // mousedown, not click: the input keeps focus, so the list does not close before the pick.
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(entity);
      });
      return item;
    });
    list.replaceChildren(
      ...(items.length ? items : [el('li', { class: 'none' }, `Nothing in the graph matches ${echo(text)}.`)]),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', String(items.length > 0));
  }

  function move(to: number): void {
    if (!options.length) return;
    active = (to + options.length) % options.length;
    list.querySelectorAll('[role=option]').forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', `${id}-${active}`);
  }

  function pick(entity: api.ViewEntity): void {
    chosen = entity;
    input.value = entity.name;
    close();
    on.pick(entity);
  }

  async function lookUp(text: string, fullText: boolean): Promise<api.ViewEntity[]> {
    let found = (await api.suggest(text)).map((s) => s.entity);
    // A phrase from the middle of a name or a description: the full-text search may know it.
    if (!found.length && fullText) found = await api.search(text);
    return found;
  }

  input.addEventListener('input', () => {
    chosen = undefined;
    window.clearTimeout(timer);
    const text = input.value;
    if (!/[\p{L}\p{N}]/u.test(text)) return close();
    timer = window.setTimeout(() => {
      newest(lookUp(text, false)).then(
        (found) => show(found, text),
        (error) => void (error instanceof Superseded || close()),
      );
    }, 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) return;
      event.preventDefault();
      move(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault();
      pick(options[active]!);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  // Leaving the box closes its list, unless the box is back in focus (or refilled) by then.
  input.addEventListener('blur', () => void (closing = window.setTimeout(close, 150)));
  input.addEventListener('focus', () => window.clearTimeout(closing));

  return {
    input,
    picked: () => chosen,
    set(entity) {
      chosen = entity;
      input.value = entity.name;
    },
    async resolve() {
      if (chosen) return chosen;
      const text = input.value;
      if (!/[\p{L}\p{N}]/u.test(text)) {
        on.say(`Type a name in the ${input.getAttribute('aria-label') ?? 'box'} box.`, true);
        input.focus();
        return undefined;
      }
      window.clearTimeout(timer);
      const found = await newest(lookUp(text, true));
      show(found, text);
      input.focus();
      on.say(
        found.length
          ? `Pick the entity you mean for ${echo(text)} from the list under the box.`
          : `Nothing in the graph matches ${echo(text)}.`,
        !found.length,
      );
      return undefined;
    },
  };
}
