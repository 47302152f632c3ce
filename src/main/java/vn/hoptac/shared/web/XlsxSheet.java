package vn.hoptac.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.hoptac.shared.DatePrecision;

/**
 * XLSX written by POI's streaming workbook: only a window of rows is in memory, the rest goes to a
 * temporary file until the workbook is written out. Dates are date cells whose format shows their
 * precision (dd/mm/yyyy, mm/yyyy, yyyy; a bound is prefixed "≤"); numbers are numeric cells.
 */
final class XlsxSheet implements ExportSheet {

	private static final int ROWS_IN_MEMORY = 200;

	private final OutputStream out;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);

	private final SXSSFSheet sheet;

	private final CellStyle bold;

	private final Map<DatePrecision, CellStyle> dateStyles = new EnumMap<>(DatePrecision.class);

	private final CellStyle timeStyle;

	private int next;

	XlsxSheet(OutputStream out, String sheetName) {
		this.out = out;
		this.sheet = workbook.createSheet(sheetName);
		Font font = workbook.createFont();
		font.setBold(true);
		this.bold = workbook.createCellStyle();
		bold.setFont(font);
		for (DatePrecision precision : DatePrecision.values()) {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(pattern(precision)));
			dateStyles.put(precision, style);
		}
		this.timeStyle = workbook.createCellStyle();
		timeStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
	}

	private static String pattern(DatePrecision precision) {
		String bound = precision.isBound() ? "\"≤ \"" : "";
		return bound + switch (precision.period()) {
			case YEAR -> "yyyy";
			case MONTH -> "mm/yyyy";
			default -> "dd/mm/yyyy";
		};
	}

	@Override
	public void title(String text) {
		sheet.createRow(next++).createCell(0).setCellValue(text);
	}

	@Override
	public void header(List<String> labels) {
		Row row = sheet.createRow(next++);
		for (int i = 0; i < labels.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(labels.get(i));
			cell.setCellStyle(bold);
		}
		sheet.createFreezePane(0, next);
	}

	@Override
	public void row(List<Object> cells) {
		Row row = sheet.createRow(next++);
		for (int i = 0; i < cells.size(); i++) {
			Object value = cells.get(i);
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value instanceof DateCell date) {
				cell.setCellValue(date.date());
				cell.setCellStyle(dateStyles.get(date.precision()));
			}
			else if (value instanceof TimeCell time) {
				cell.setCellValue(time.local());
				cell.setCellStyle(timeStyle);
			}
			else {
				cell.setCellValue(value.toString());
			}
		}
	}

	@Override
	public void close() throws IOException {
		try {
			workbook.write(out);
			out.flush();
		}
		finally {
			workbook.close();
		}
	}

}
