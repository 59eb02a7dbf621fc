import type { OpenedDocument } from './hostApi';

/**
 * What an opened document says of the file it was imported from: nothing when the import read
 * the whole file, else the file's name and every finding's sentence (Open… of a BPMN model lists
 * them as File ▸ Import… does). Findings come in as the importer's problems, of which the page
 * needs only the sentences.
 */
export function importedFrom(fileName: string, findings: readonly { readonly message: string }[]): Pick<OpenedDocument, 'imported'> {
  return findings.length === 0 ? {} : { imported: { fileName, findings: findings.map((finding) => finding.message) } };
}
