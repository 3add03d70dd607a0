/**
 * 打印 / PDF of what the page shows. Pages mark what must not print with the `no-print` class;
 * the print stylesheet hides the app's frame (menu, header) so only the report is on paper.
 */
export function printPage(): void {
  window.print()
}
