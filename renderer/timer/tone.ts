let context: AudioContext | null = null;

/**
 * Readies the page's audio while a key or a click is being answered: browsers start an audio
 * context only then, and the countdown reaches zero long after.
 */
export function prepareTone(): void {
  try {
    context ??= new AudioContext();
    void context.resume();
  } catch {
    // No audio here (no device, or audio turned off): the flash alone tells the room.
  }
}

/** Two notes, rising, each swelling and fading: the room hears time is up without being startled. */
const NOTES = [
  { frequency: 660, at: 0 },
  { frequency: 880, at: 0.32 },
] as const;
const NOTE_SECONDS = 0.9;
const LOUDNESS = 0.12;

/** A soft two-note tone made in the page with WebAudio: no sound file from anywhere. */
export function playTone(): void {
  prepareTone();
  if (!context) return;
  const start = context.currentTime + 0.02;
  for (const note of NOTES) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = note.frequency;
    const from = start + note.at;
    gain.gain.setValueAtTime(0, from);
    gain.gain.linearRampToValueAtTime(LOUDNESS, from + 0.06);
    gain.gain.exponentialRampToValueAtTime(0.0001, from + NOTE_SECONDS);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(from);
    oscillator.stop(from + NOTE_SECONDS + 0.05);
  }
}
