/** The two inks initials can take on an avatar: white, or the app's ink. */
export const AVATAR_INKS = { light: '#ffffff', dark: '#1f2933' } as const;

const channel = (hex: string): number => {
  const value = Number.parseInt(hex, 16) / 255;
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance of `#rrggbb`. */
function luminance(colour: string): number {
  return 0.2126 * channel(colour.slice(1, 3)) + 0.7152 * channel(colour.slice(3, 5)) + 0.0722 * channel(colour.slice(5, 7));
}

const contrast = (a: number, b: number): number => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** White or ink, whichever reads better on `colour` (`#rrggbb`); a file may bring any colour, light ones too. */
export function avatarInk(colour: string): string {
  const background = luminance(colour);
  return contrast(background, luminance(AVATAR_INKS.light)) >= contrast(background, luminance(AVATAR_INKS.dark)) ? AVATAR_INKS.light : AVATAR_INKS.dark;
}
