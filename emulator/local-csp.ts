// The Content-Security-Policy the local app host sends with a page of the build.
//
// The build ships its policy as a <meta> tag without any loopback source (vite.config.ts,
// APP_CSP), so on its own it cannot reach this portal at http://127.0.0.1:<port>. A header cannot
// widen it: the browser enforces every policy a page has, and a connection must pass them all. So
// the local host does what only a local host may do: it takes the build's policy out of the page
// and sends it back as a header, with loopback http added where the portal is reached from
// (connect-src) and where the app is framed from (frame-ancestors, which only a header can carry).
// Every other directive stays the build's own, so the e2e suite runs under the shipped policy. The
// sources name no host, only loopback, so the app host may live on any local name.

/** Loopback http, the local portal's scheme (PROTOCOL 0), on any port and any *.localhost name. */
export const LOOPBACK_SOURCES = [
  'http://127.0.0.1:*',
  'http://localhost:*',
  'http://*.localhost:*',
];

/** What a careful host sends with a page that carries no policy of its own. */
export const HOST_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https:",
  'frame-ancestors https:',
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

const decode = (text: string) =>
  text.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/** `policy` with loopback http added to connect-src (or what stands in for it) and frame-ancestors. */
export function withLoopback(policy: string): string {
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .flatMap(([name, ...sources]) => (name ? [[name.toLowerCase(), sources] as const] : [])),
  );
  const widen = (name: string, fallback: string[]) => {
    const sources = (directives.get(name) ?? fallback).filter((s) => s !== "'none'");
    directives.set(name, [...sources, ...LOOPBACK_SOURCES.filter((s) => !sources.includes(s))]);
  };
  widen('connect-src', directives.get('default-src') ?? []);
  widen('frame-ancestors', ['https:']);
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The page without its <meta> policy, and the header policy that replaces it. */
export function localPolicy(html: string): { html: string; policy: string } {
  const meta = META.exec(html);
  if (!meta) return { html, policy: withLoopback(HOST_CSP) };
  return { html: html.replace(meta[0], ''), policy: withLoopback(decode(meta[1] ?? '')) };
}
