/**
 * Whether a window could be shown. On Linux a window needs an X or Wayland display (absent over
 * SSH and in containers); macOS and Windows always have one for a logged-in user.
 */
export function hasDisplay(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
