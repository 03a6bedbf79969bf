/**
 * `client:interaction`: an island whose server-rendered HTML works on its own (the report form posts without a script,
 * docs/report-form.md) hydrates on the first use of it — a focus, a pointer, a key, an input in it — so that a page
 * opened and read, or filled in without a script, loads none of its code. At once, though, when the page is not in
 * French, from the start or once the visitor changes language: the island speaks the visitor's language, the HTML
 * French. Until the island is live, a submit waits for it and the island makes it again (the form is posted as it
 * is if the island cannot load), and a click on one of its buttons with an id (buttons that do nothing without it:
 * the map, « Me localiser ») is made again once it is live.
 */
import type { ClientDirective } from 'astro';

const FIRST_USE = ['focusin', 'pointerdown', 'keydown', 'input', 'change'] as const;

const interaction: ClientDirective = (load, _options, el) => {
  let live = false;
  let started: Promise<boolean> | undefined;
  const start = () =>
    (started ??= load()
      .then((hydrate) => hydrate())
      .then(
        () => (live = true),
        () => false,
      ));
  const onUse = () => void start();
  for (const type of FIRST_USE) el.addEventListener(type, onUse, { capture: true, once: true, passive: true });

  el.addEventListener(
    'submit',
    (e) => {
      if (live) return;
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      void start().then((ok) => (ok ? requestAnimationFrame(() => form.requestSubmit()) : form.submit()));
    },
    { capture: true },
  );
  el.addEventListener(
    'click',
    (e) => {
      if (live) return;
      const button = (e.target as Element).closest<HTMLButtonElement>('button[type="button"][id]');
      if (!button) return;
      e.preventDefault();
      e.stopPropagation();
      void start().then((ok) => ok && requestAnimationFrame(() => document.getElementById(button.id)?.click()));
    },
    { capture: true },
  );

  const root = document.documentElement;
  if (root.lang && root.lang !== 'fr') void start();
  else
    new MutationObserver((_changes, watch) => {
      if (root.lang === 'fr') return;
      watch.disconnect();
      void start();
    }).observe(root, { attributes: true, attributeFilter: ['lang'] });
};

export default interaction;
