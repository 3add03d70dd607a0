import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/**
 * CJK fonts map some glyphs back to radical code points (⾏ for 行, ⻚ for 页): NFKC folds the Kangxi
 * radicals; the simplified radicals of the supplement block have no folding, so they are listed here.
 */
const SIMPLIFIED_RADICALS: Record<string, string> = Object.fromEntries(
  [...'⻉贝⻋车⻓长⻔门⻘青⻙韦⻚页⻛风⻜飞⻝食⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻬齐⻮齿⻰龙⻳龟⻅见⻆角⻄西'].flatMap((c, i, all) => (i % 2 ? [] : [[c, all[i + 1]]])),
)
const readable = (text: string) => text.replace(/[\u2f00-\u2fdf]/g, (c) => c.normalize('NFKC')).replace(/[\u2e80-\u2eff]/g, (c) => SIMPLIFIED_RADICALS[c] ?? c)

/**
 * The text of each page of a PDF, as a reader would copy it (items joined without separators), and
 * each page's size in millimetres. Chromium and LibreOffice compress their text streams, so a test
 * needs a PDF reader to check what was printed: pdfjs-dist (Mozilla's PDF.js) is that reader.
 */
export async function pdfPages(data: Uint8Array): Promise<{ text: string; widthMm: number; heightMm: number }[]> {
  const task = getDocument({ data: new Uint8Array(data), useSystemFonts: false })
  const doc = await task.promise
  const pages = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const content = await page.getTextContent()
    const [, , w, h] = page.view
    pages.push({
      text: readable(content.items.map((item) => ('str' in item ? item.str : '')).join('')),
      widthMm: Math.round((w * 25.4) / 72),
      heightMm: Math.round((h * 25.4) / 72),
    })
  }
  await task.destroy()
  return pages
}
