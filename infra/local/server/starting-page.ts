/** The page the local server shows while the platform starts: French, accessible, reloads itself. */
export function startingPageHtml(retryAfterSeconds: number): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${retryAfterSeconds}">
<title>Tandem démarre…</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f6f7f9; color: #1b1f24; }
  main { max-width: 32rem; padding: 2rem; text-align: center; }
  h1 { font-size: 1.6rem; margin: 0 0 1rem; }
  p { line-height: 1.5; }
  @media (prefers-reduced-motion: no-preference) { .dots::after { content: '…'; animation: blink 1.2s steps(2) infinite; } }
  @keyframes blink { 50% { opacity: 0.2; } }
</style>
</head>
<body>
<main>
  <h1>Tandem démarre<span class="dots" aria-hidden="true"></span></h1>
  <p role="status" aria-live="polite">Les services locaux se préparent et les données de démonstration se chargent.
  Cette page se recharge toute seule dans ${retryAfterSeconds} secondes ; la première fois, cela peut prendre une minute.</p>
  <p><a href="">Recharger maintenant</a></p>
</main>
</body>
</html>
`;
}
