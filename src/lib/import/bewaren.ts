// Whether the user chose to keep imports in this browser. Tiny on purpose: the app shell reads it
// at start (to accept an imported indicator in the URL) without loading the importer.
export const BEWAAR_SLEUTEL = 'jzv-eigen-data-bewaren';

export function bewaartEigenData(): boolean {
  try {
    return localStorage.getItem(BEWAAR_SLEUTEL) === '1';
  } catch {
    return false;
  }
}
