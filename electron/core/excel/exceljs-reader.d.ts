// exceljs' streaming reader on its own (the package root loads the writers, archiver, CSV and jszip too).
declare module 'exceljs/lib/stream/xlsx/workbook-reader.js' {
  import type ExcelJS from 'exceljs'
  const WorkbookReader: typeof ExcelJS.stream.xlsx.WorkbookReader
  export default WorkbookReader
}
