/**
 * The site's Content-Security-Policy. Scripts come only from the site itself: no inline script
 * runs, which is why the build keeps every script in an external file. `'wasm-unsafe-eval'`
 * lets Pagefind compile its WebAssembly, and nothing more. Styles too come only from files: the
 * build never inlines a stylesheet.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
