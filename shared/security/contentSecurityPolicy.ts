/**
 * The one Content-Security-Policy of the app: no script but our own files, no network beyond our
 * own origin. renderer/index.html carries it as a meta tag (a unit test keeps the two equal) and
 * the browser edition's server sends it as a header too. Inline styles stay allowed because
 * React sets style attributes.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'";
