/**
 * Waits for the bundled faces. The canvas draws its text once; if it drew before the font arrived
 * it would keep the fallback face. A font that fails to load leaves the fallback, not a blank app.
 */
export async function loadFonts(): Promise<void> {
  await Promise.allSettled([document.fonts.load('400 13px Inter'), document.fonts.load('600 13px Inter')]);
}
