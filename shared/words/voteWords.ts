// A round's figures as the room reads them, the same on the vote bar, in the panels and in the report.

/** "1 dot", "5 dots". */
export function dotCountLabel(count: number): string {
  return count === 1 ? '1 dot' : `${count} dots`;
}

/** Where a person's turn stands: "Person 2 of 6 · 1 of 3 dots left". */
export function turnWords(person: number, people: number, left: number, dotsPerPerson: number): string {
  return `Person ${person} of ${people} · ${left} of ${dotsPerPerson} ${dotsPerPerson === 1 ? 'dot' : 'dots'} left`;
}

/** Who voted and with how much: "6 people, 3 dots each · 17 dots cast". */
export function roundWords(people: number, dotsPerPerson: number, cast: number): string {
  return `${people === 1 ? '1 person' : `${people} people`}, ${dotCountLabel(dotsPerPerson)} each · ${dotCountLabel(cast)} cast`;
}
