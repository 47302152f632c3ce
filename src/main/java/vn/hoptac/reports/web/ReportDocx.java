package vn.hoptac.reports.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import vn.hoptac.reports.ReportFigures.Row;
import vn.hoptac.reports.ReportFigures.Table;

/**
 * The report as a Word document laid out after Decree 30/2020/NĐ-CP (Appendix I): A4 (the national
 * report on its side, for its table of provinces) with 30 mm left and 15–20 mm other margins; the
 * issuing body top left and the national title and motto top right, above the number line and the
 * place-and-date line; the title in capitals; numbered
 * sections (I., II.) and tables (1., 2.); Times New Roman, 13 pt body and 14 pt title.
 */
final class ReportDocx {

	private static final String FONT = "Times New Roman";

	private static final int BODY = 13;

	private static final int TWIPS_PER_MM = 57;

	/** An A4 page, in twips: upright, or on its side for the national report's wide table of provinces. */
	private record Page(int width, int height) {

		static final Page PORTRAIT = new Page(11906, 16838);

		static final Page LANDSCAPE = new Page(16838, 11906);

		/** The width between the margins (less 30 mm and 15 mm). */
		int textWidth() {
			return width - 45 * TWIPS_PER_MM;
		}

	}

	/** The narrowest a column of figures is, in twips. */
	private static final int FIGURE_COLUMN = 1500;

	/** The width of a date's column (the first of several text columns), in twips. */
	private static final int DATE_COLUMN = 1400;

	private ReportDocx() {
	}

	static void write(ReportText text, LocalDate today, OutputStream out) throws IOException {
		// eight columns of figures per province read well only across a page on its side
		Page page = text.national() ? Page.LANDSCAPE : Page.PORTRAIT;
		try (XWPFDocument doc = new XWPFDocument()) {
			page(doc, page);
			heading(doc, text, today, page.textWidth());
			text.walk(new ReportText.Outline() {

				@Override
				public void section(String heading) {
					sectionHeading(doc, heading);
				}

				@Override
				public void tableTitle(String title) {
					XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
					p.setKeepNext(true);
					run(p, title, BODY, true, false);
				}

				@Override
				public void table(Table table) {
					ReportDocx.table(doc, text, table, page.textWidth());
				}

				@Override
				public void body(String value) {
					ReportDocx.body(doc, value);
				}

			});
			signature(doc, text, page.textWidth());
			doc.write(out);
		}
	}

	private static void page(XWPFDocument doc, Page page) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(page.width()));
		size.setH(BigInteger.valueOf(page.height()));
		if (page.width() > page.height()) {
			size.setOrient(STPageOrientation.LANDSCAPE);
		}
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(20 * TWIPS_PER_MM));
		margins.setBottom(BigInteger.valueOf(20 * TWIPS_PER_MM));
		margins.setLeft(BigInteger.valueOf(30 * TWIPS_PER_MM));
		margins.setRight(BigInteger.valueOf(15 * TWIPS_PER_MM));
	}

	/** The two columns above the title (issuing body | national title), then the title. */
	private static void heading(XWPFDocument doc, ReportText text, LocalDate today, int textWidth) {
		XWPFTable top = borderless(doc, 2);
		widths(top, 3400, textWidth - 3400);
		XWPFTableCell left = top.getRow(0).getCell(0);
		XWPFTableCell right = top.getRow(0).getCell(1);
		line(left.getParagraphs().get(0), text.issuerAbove(), 12, false, false, false);
		line(left.addParagraph(), text.issuer(), 12, true, false, true);
		line(left.addParagraph(), text.numberLine(), BODY, false, false, false);
		line(right.getParagraphs().get(0), text.msg("reports.doc.nation"), 12, true, false, false);
		line(right.addParagraph(), text.msg("reports.doc.motto"), BODY, true, false, true);
		line(right.addParagraph(), text.placeAndDate(today), BODY, false, true, false);
		XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER);
		title.setSpacingBefore(240);
		run(title, text.title(), 14, true, false);
		XWPFParagraph subtitle = paragraph(doc, ParagraphAlignment.CENTER);
		run(subtitle, text.subtitle(), 14, true, false);
		XWPFParagraph status = paragraph(doc, ParagraphAlignment.CENTER);
		status.setSpacingAfter(240);
		run(status, text.status(), 11, false, true);
	}

	private static void line(XWPFParagraph p, String value, int size, boolean bold, boolean italic, boolean underline) {
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(0);
		XWPFRun run = run(p, value, size, bold, italic);
		if (underline) {
			run.setUnderline(UnderlinePatterns.SINGLE);
		}
	}

	private static void sectionHeading(XWPFDocument doc, String heading) {
		XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
		p.setSpacingBefore(180);
		p.setKeepNext(true);
		run(p, heading, BODY, true, false);
	}

	private static void body(XWPFDocument doc, String value) {
		for (String line : value.split("\\R")) {
			XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
			p.setIndentationFirstLine(567);
			run(p, line, BODY, false, false);
		}
	}

	private static void table(XWPFDocument doc, ReportText text, Table t, int textWidth) {
		XWPFTable table = doc.createTable(t.rows().size() + 1, t.columns().size() + 1);
		table.setTableAlignment(TableRowAlign.CENTER);
		widths(table, columnWidths(t, textWidth));
		table.getRow(0).setRepeatHeader(true);
		cell(table.getRow(0).getCell(0), text.asSent("reports.column.item"), true, ParagraphAlignment.CENTER);
		for (int c = 0; c < t.columns().size(); c++) {
			cell(table.getRow(0).getCell(c + 1), text.column(t.columns().get(c)), true, ParagraphAlignment.CENTER);
		}
		List<Row> rows = t.rows();
		for (int r = 0; r < rows.size(); r++) {
			Row row = rows.get(r);
			cell(table.getRow(r + 1).getCell(0), text.rowLabel(row), false, ParagraphAlignment.LEFT);
			for (int c = 0; c < row.texts().size(); c++) {
				cell(table.getRow(r + 1).getCell(c + 1), row.texts().get(c), false, ParagraphAlignment.LEFT);
			}
			for (int c = 0; c < row.values().size(); c++) {
				cell(table.getRow(r + 1).getCell(row.texts().size() + c + 1), text.number(row.value(c)), false,
						ParagraphAlignment.RIGHT);
			}
		}
		paragraph(doc, ParagraphAlignment.LEFT);
	}

	/**
	 * The label column, then text columns (a date, then titles sharing what is left) and figure
	 * columns, in twips across the text width.
	 */
	private static int[] columnWidths(Table t, int textWidth) {
		int columns = t.columns().size();
		int texts = t.rows().isEmpty() ? 0 : t.rows().get(0).texts().size();
		int figures = columns - texts;
		int[] widths = new int[columns + 1];
		if (texts == 0) {
			int label = columns == 0 ? textWidth : Math.max(2600, textWidth - figures * FIGURE_COLUMN);
			java.util.Arrays.fill(widths, columns == 0 ? 0 : (textWidth - label) / columns);
			widths[0] = label;
			return widths;
		}
		int label = 1800;
		int date = texts > 1 && dated(t.columns().get(0)) ? DATE_COLUMN : 0;
		widths[0] = label;
		for (int c = 0; c < figures; c++) {
			widths[texts + c + 1] = FIGURE_COLUMN;
		}
		int shared = (textWidth - label - date - figures * FIGURE_COLUMN) / (texts - (date == 0 ? 0 : 1));
		for (int c = 0; c < texts; c++) {
			widths[c + 1] = c == 0 && date > 0 ? date : shared;
		}
		return widths;
	}

	/** A column of dates ("date", "signedOn", "startOn"): narrow; other text (an IPTT's target in words) shares. */
	private static boolean dated(String column) {
		return column.equals("date") || column.endsWith("On");
	}

	private static void cell(XWPFTableCell cell, String value, boolean bold, ParagraphAlignment alignment) {
		XWPFParagraph p = cell.getParagraphs().get(0);
		p.setAlignment(alignment);
		p.setSpacingAfter(0);
		run(p, value, 12, bold, false);
	}

	/** "Nơi nhận" (recipients) on the left, the director's title on the right. */
	private static void signature(XWPFDocument doc, ReportText text, int textWidth) {
		paragraph(doc, ParagraphAlignment.LEFT);
		XWPFTable sign = borderless(doc, 2);
		widths(sign, textWidth / 2, textWidth / 2);
		XWPFTableCell left = sign.getRow(0).getCell(0);
		XWPFTableCell right = sign.getRow(0).getCell(1);
		XWPFParagraph recipients = left.getParagraphs().get(0);
		recipients.setSpacingAfter(0);
		run(recipients, text.msg("reports.doc.recipients"), 12, true, true);
		for (String recipient : text.docLine("recipientList").split("\\|")) {
			XWPFParagraph p = left.addParagraph();
			p.setSpacingAfter(0);
			run(p, "- " + recipient, 11, false, false);
		}
		line(right.getParagraphs().get(0), text.docLine("signer"), BODY, true, false, false);
	}

	private static XWPFTable borderless(XWPFDocument doc, int columns) {
		XWPFTable table = doc.createTable(1, columns);
		table.removeBorders();
		return table;
	}

	/** Fixed column widths in twips, in the table's grid and in every cell (LibreOffice reads the grid, Word the cells). */
	private static void widths(XWPFTable table, int... twips) {
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
				: table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : twips) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(String.valueOf(java.util.Arrays.stream(twips).sum()));
		for (var row : table.getRows()) {
			for (int c = 0; c < twips.length; c++) {
				row.getCell(c).setWidthType(TableWidthType.DXA);
				row.getCell(c).setWidth(String.valueOf(twips[c]));
			}
		}
	}

	private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(alignment);
		p.setSpacingAfter(60);
		return p;
	}

	private static XWPFRun run(XWPFParagraph p, String value, int size, boolean bold, boolean italic) {
		XWPFRun run = p.createRun();
		run.setText(value);
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		return run;
	}

}
