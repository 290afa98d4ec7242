import type { PdfItem } from '../../src/features/qa/pdf-tables';

/** A PDF text item at x, y (baseline), 10 pt, five points a letter unless its width is given. */
export const pdfItem = (str: string, x: number, y: number, width = str.length * 5): PdfItem => ({ str, x, y, width, size: 10 });
