package vn.hoptac.reports.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.hoptac.reports.ReportFigures.Row;
import vn.hoptac.reports.ReportFigures.Table;
import vn.hoptac.reports.web.PdfLayout.Align;
import vn.hoptac.reports.web.PdfLayout.Cell;
import vn.hoptac.reports.web.PdfLayout.Style;

/**
 * The report as a PDF laid out as the DOCX is (Decree 30/2020/NĐ-CP): A4 with a 30 mm left margin,
 * the issuing body top left and the national title and motto top right, the number and the
 * place-and-date lines, the title, numbered sections, bordered tables, the signature block; pages
 * after the first numbered at the top. The same {@link ReportText} as every other format.
 */
final class ReportPdf {

	private static final float BODY = 13;

	private static final float CELL = 12;

	/** The issuing body's column (as the DOCX's 3,400 twips). */
	private static final float ISSUER_COLUMN = 170;

	/** The narrowest a column of figures is, and the narrowest the label column. */
	private static final float FIGURE_COLUMN = 75;

	private static final float LABEL_COLUMN = 130;

	private ReportPdf() {
	}

	/**
	 * Lays the report out; when the signature block would stand alone on the last page, lays it out
	 * again with the last section moved to that page, as a signature must follow text it signs.
	 */
	static void write(ReportText text, LocalDate today, OutputStream out) throws IOException {
		ByteArrayOutputStream first = new ByteArrayOutputStream();
		int[] sections = { 0 };
		if (!render(text, today, Integer.MAX_VALUE, sections, first)) {
			first.writeTo(out);
			return;
		}
		render(text, today, sections[0], new int[] { 0 }, out);
	}

	/**
	 * One layout, breaking the page before the section of the number given; counts the sections and
	 * says whether the signature block went alone onto a new page.
	 */
	private static boolean render(ReportText text, LocalDate today, int breakBefore, int[] sections,
			OutputStream out) throws IOException {
		try (PdfLayout pdf = new PdfLayout()) {
			heading(pdf, text, today);
			// headings wait for what they head, so that a page break does not part them from it
			List<String> headings = new ArrayList<>();
			text.walk(new ReportText.Outline() {

				@Override
				public void section(String heading) {
					if (++sections[0] == breakBefore) {
						pdf.newPage();
					}
					pdf.space(9);
					headings.add(heading);
				}

				@Override
				public void tableTitle(String title) {
					headings.add(title);
				}

				@Override
				public void table(Table table) {
					Grid grid = grid(pdf, text, table);
					headed(pdf, headings, pdf.tableStart(grid.widths(), grid.header(), grid.rows()));
					pdf.table(grid.widths(), grid.header(), grid.rows());
					pdf.space(BODY);
				}

				@Override
				public void body(String value) {
					headed(pdf, headings, Style.plain(BODY).leading() * 2);
					for (String line : value.split("\\R")) {
						pdf.paragraph(line, Style.plain(BODY), Align.JUSTIFY, 10 * PdfLayout.MM);
						pdf.space(3);
					}
				}

			});
			boolean alone = signature(pdf, text);
			pdf.numberPages(Style.plain(BODY));
			pdf.save(out);
			return alone;
		}
	}

	/** The issuing body | the national title and motto; then the title, the subtitle and the version line. */
	private static void heading(PdfLayout pdf, ReportText text, LocalDate today) {
		pdf.columns(new float[] { ISSUER_COLUMN, pdf.width() - ISSUER_COLUMN }, List.of(
				List.of(new Cell(text.issuerAbove(), Style.plain(12), Align.CENTER),
						new Cell(text.issuer(), Style.bold(12), Align.CENTER, true),
						new Cell(" ", Style.plain(6), Align.CENTER),
						new Cell(text.numberLine(), Style.plain(BODY), Align.CENTER)),
				List.of(new Cell(text.msg("reports.doc.nation"), Style.bold(12), Align.CENTER),
						new Cell(text.msg("reports.doc.motto"), Style.bold(BODY), Align.CENTER, true),
						new Cell(" ", Style.plain(6), Align.CENTER),
						new Cell(text.placeAndDate(today), Style.italic(BODY), Align.CENTER))));
		pdf.space(12);
		pdf.paragraph(text.title(), Style.bold(14), Align.CENTER, 0);
		pdf.paragraph(text.subtitle(), Style.bold(14), Align.CENTER, 0);
		pdf.paragraph(text.status(), Style.italic(11), Align.CENTER, 0);
		pdf.space(12);
	}

	/** Sets the waiting headings where there is room below them for the height of what they head. */
	private static void headed(PdfLayout pdf, List<String> headings, float following) {
		float height = following;
		for (String heading : headings) {
			height += pdf.height(heading, Style.bold(BODY)) + 3;
		}
		pdf.keep(height);
		for (String heading : headings) {
			pdf.paragraph(heading, Style.bold(BODY), Align.LEFT, 0);
			pdf.space(3);
		}
		headings.clear();
	}

	/** A table's cells and column widths. */
	private record Grid(float[] widths, List<Cell> header, List<List<Cell>> rows) {
	}

	/**
	 * The label column, text columns (a timeline's date and titles) sharing what the figures leave,
	 * and a column per figure as wide as the DOCX's; the header row names them.
	 */
	private static Grid grid(PdfLayout pdf, ReportText text, Table t) {
		int columns = t.columns().size();
		int texts = t.rows().isEmpty() ? 0 : t.rows().get(0).texts().size();
		int figures = columns - texts;
		float[] widths = new float[columns + 1];
		if (texts == 0) {
			float label = Math.max(LABEL_COLUMN, pdf.width() - figures * FIGURE_COLUMN);
			java.util.Arrays.fill(widths, figures == 0 ? 0 : (pdf.width() - label) / figures);
			widths[0] = figures == 0 ? pdf.width() : label;
		}
		else {
			float label = LABEL_COLUMN * 0.7f;
			java.util.Arrays.fill(widths, 1 + texts, columns + 1, FIGURE_COLUMN);
			java.util.Arrays.fill(widths, 1, 1 + texts, (pdf.width() - label - figures * FIGURE_COLUMN) / texts);
			widths[0] = label;
		}
		List<Cell> header = new ArrayList<>();
		header.add(new Cell(text.asSent("reports.column.item"), Style.bold(CELL), Align.CENTER));
		for (String column : t.columns()) {
			header.add(new Cell(text.column(column), Style.bold(CELL), Align.CENTER));
		}
		List<List<Cell>> rows = new ArrayList<>();
		for (Row row : t.rows()) {
			List<Cell> cells = new ArrayList<>();
			cells.add(new Cell(text.rowLabel(row), Style.plain(CELL), Align.LEFT));
			for (int c = 0; c < texts; c++) {
				cells.add(new Cell(c < row.texts().size() ? row.texts().get(c) : "", Style.plain(CELL), Align.LEFT));
			}
			for (int c = 0; c < figures; c++) {
				// a row with fewer values than columns still has its cells, empty
				cells.add(new Cell(c < row.values().size() ? text.number(row.value(c)) : "", Style.plain(CELL),
						Align.RIGHT));
			}
			rows.add(cells);
		}
		return new Grid(widths, header, rows);
	}

	/** "Nơi nhận" (recipients) on the left, the director's title on the right; kept together on one page. */
	private static boolean signature(PdfLayout pdf, ReportText text) {
		pdf.space(BODY);
		List<Cell> recipients = new ArrayList<>();
		recipients.add(new Cell(text.msg("reports.doc.recipients"), new Style(12, true, true), Align.LEFT));
		for (String recipient : text.docLine("recipientList").split("\\|")) {
			recipients.add(new Cell("- " + recipient, Style.plain(11), Align.LEFT));
		}
		float half = pdf.width() / 2;
		return pdf.columns(new float[] { half, half },
				List.of(recipients, List.of(new Cell(text.docLine("signer"), Style.bold(BODY), Align.CENTER))));
	}

}
