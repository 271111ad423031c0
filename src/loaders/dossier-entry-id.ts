/** Id of the one entry in the `dossier` collection (shared by its loader and its readers). */
export const DOSSIER_ENTRY_ID = 'dossier';
