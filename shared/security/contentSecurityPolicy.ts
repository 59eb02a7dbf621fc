/**
 * The one Content-Security-Policy of the app: no script but our own files, no network beyond our
 * own origin. renderer/index.html carries it as a meta tag (a unit test keeps the two equal) and
 * the browser edition's server sends it as a header too. Inline styles stay allowed because
 * React sets style attributes. No plugins, no frames, no <base> and no form posts: a map has no
 * use for any of them, and each is a way out of the page.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * The participant's page of a workshop room (renderer/participant.html, served to phones by the
 * room): its own scripts, styles and fonts, and a WebSocket to the room that served it ('self'
 * covers the same host and port over ws: in current browsers). No frames, not even of itself, and
 * forms only to itself.
 */
export const PARTICIPANT_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
