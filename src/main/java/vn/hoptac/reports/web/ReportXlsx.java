package vn.hoptac.reports.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.hoptac.reports.ReportFigures;
import vn.hoptac.reports.ReportFigures.Section;
import vn.hoptac.reports.ReportFigures.Table;

/**
 * The report as a workbook: a sheet per section, each table under its title with a header row,
 * numbers as numeric cells (with a thousands format), and a last sheet with the officer's text.
 */
final class ReportXlsx {

	private ReportXlsx() {
	}

	static void write(ReportText text, OutputStream out) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle number = book.createCellStyle();
			number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
			// a rate or a % of target keeps its decimals
			CellStyle decimal = book.createCellStyle();
			decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.0#"));
			Set<String> names = new HashSet<>();
			for (Section section : text.sections()) {
				Sheet sheet = book.createSheet(sheetName(text.sectionTitle(section), names));
				int r = 0;
				cell(sheet.createRow(r++), 0, text.subtitle() + (text.provinceName() == null ? "" : " – " + text.provinceName()), bold);
				cell(sheet.createRow(r++), 0, text.sectionTitle(section), bold);
				for (Table table : section.tables()) {
					r++;
					cell(sheet.createRow(r++), 0, text.tableTitle(table), bold);
					Row header = sheet.createRow(r++);
					cell(header, 0, text.asSent("reports.column.item"), bold);
					for (int c = 0; c < table.columns().size(); c++) {
						cell(header, c + 1, text.column(table.columns().get(c)), bold);
					}
					for (ReportFigures.Row row : table.rows()) {
						Row line = sheet.createRow(r++);
						line.createCell(0).setCellValue(text.rowLabel(row));
						for (int c = 0; c < row.texts().size(); c++) {
							line.createCell(c + 1).setCellValue(row.texts().get(c));
						}
						for (int c = 0; c < row.values().size(); c++) {
							if (row.value(c) != null) {
								var cell = line.createCell(row.texts().size() + c + 1);
								cell.setCellValue(row.value(c).doubleValue());
								cell.setCellStyle(row.value(c).stripTrailingZeros().scale() > 0 ? decimal : number);
							}
						}
					}
				}
				sheet.setColumnWidth(0, 60 * 256);
				for (int c = 1; c <= 5; c++) {
					sheet.setColumnWidth(c, 20 * 256);
				}
			}
			if (text.periodic()) {
				Sheet problems = book.createSheet(sheetName(text.asSent("reports.section.problems"), names));
				cell(problems.createRow(0), 0, text.asSent("reports.section.problems"), bold);
				problems.createRow(1).createCell(0).setCellValue(text.problems() == null ? "" : text.problems());
				problems.setColumnWidth(0, 120 * 256);
			}
			if (book.getNumberOfSheets() == 0) {
				// a framework without results: a workbook needs a sheet to open
				cell(book.createSheet().createRow(0), 0, text.subtitle(), bold);
			}
			book.write(out);
		}
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	/** A valid sheet name (31 characters at most, no []:*?/\), unique in the workbook. */
	private static String sheetName(String title, Set<String> taken) {
		String base = WorkbookUtil.createSafeSheetName(title);
		String name = base;
		for (int i = 2; !taken.add(name.toLowerCase()); i++) {
			String suffix = " " + i;
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		return name;
	}

}
