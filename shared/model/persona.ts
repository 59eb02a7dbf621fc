/** Who walks the journey: a journey lane names its persona by id (`Lane.personaId`). */
export interface Persona {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly goals?: readonly string[];
  readonly frustrations?: readonly string[];
  /** The avatar's colour as `#rrggbb`; the avatar shows the name's initials on it. */
  readonly colour?: string;
}
