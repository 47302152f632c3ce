package vn.hoptac.reports.web;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text on A4 pages with PDFBox: a cursor that flows paragraphs and bordered tables down the page
 * and onto the next, wrapping words to the width. The text is Vietnamese, English or Korean, which
 * no single bundled font covers: each run of characters is set in Liberation Serif (a Times New
 * Roman metric twin, with Vietnamese) unless that font lacks them, then in Nanum Myeongjo (Hangul).
 * Fonts are embedded as subsets and loaded only when a document needs them.
 */
final class PdfLayout implements Closeable {

	static final float MM = 72f / 25.4f;

	private static final PDRectangle PAGE = PDRectangle.A4;

	/** A line's height as a multiple of the type size. */
	private static final float LEADING = 1.2f;

	/** Where the baseline sits below a line's top, as a multiple of the type size (the serif's ascent). */
	private static final float ASCENT = 0.95f;

	private static final float CELL_PADDING = 3;

	private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

	enum Align {
		LEFT, CENTER, RIGHT, JUSTIFY
	}

	record Style(float size, boolean bold, boolean italic) {

		static Style plain(float size) {
			return new Style(size, false, false);
		}

		static Style bold(float size) {
			return new Style(size, true, false);
		}

		static Style italic(float size) {
			return new Style(size, false, true);
		}

		float leading() {
			return size * LEADING;
		}

	}

	/** A cell's or a column's text with how it is set. */
	record Cell(String text, Style style, Align align, boolean underlined) {

		Cell(String text, Style style, Align align) {
			this(text, style, align, false);
		}

	}

	/** A font of one style, with its character map to ask whether it has a glyph. */
	private record Face(PDType0Font font, CmapLookup cmap) {

		boolean has(int codePoint) {
			return cmap.getGlyphId(codePoint) != 0;
		}

	}

	private enum Family {
		SERIF, HANGUL
	}

	/** A stretch of text set in one face. */
	private record Run(String text, Face face) {
	}

	final float left = 30 * MM;

	final float right = PAGE.getWidth() - 15 * MM;

	private final float top = PAGE.getHeight() - 20 * MM;

	private final float bottom = 20 * MM;

	private final PDDocument doc = new PDDocument();

	private final Map<Family, Map<Style, Face>> faces = new EnumMap<>(Family.class);

	private final List<TrueTypeFont> opened = new ArrayList<>();

	private PDPageContentStream content;

	private float y;

	PdfLayout() {
		newPage();
	}

	float width() {
		return right - left;
	}

	/** Starts a new page when less than the height is left on this one; says whether it did. */
	boolean keep(float height) {
		if (y - height < bottom) {
			newPage();
			return true;
		}
		return false;
	}

	void newPage() {
		try {
			if (content != null) {
				content.close();
			}
			PDPage page = new PDPage(PAGE);
			doc.addPage(page);
			content = new PDPageContentStream(doc, page);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		y = top;
	}

	void space(float points) {
		y -= points;
	}

	/** A paragraph wrapped to the text width, the first line indented; lines flow onto the next page. */
	void paragraph(String text, Style style, Align align, float firstIndent) {
		List<String> lines = wrap(text, style, width() - firstIndent, width());
		for (int i = 0; i < lines.size(); i++) {
			keep(style.leading());
			float indent = i == 0 ? firstIndent : 0;
			boolean last = i == lines.size() - 1;
			line(lines.get(i), style, align == Align.JUSTIFY && last ? Align.LEFT : align, left + indent,
					width() - indent, y);
			y -= style.leading();
		}
	}

	/**
	 * Columns of centred lines side by side (the heading above the title, the signature block): each
	 * column's cells wrapped to its width, underlined where asked; the cursor moves below the longest.
	 * Kept on one page; says whether that took a new page.
	 */
	boolean columns(float[] widths, List<List<Cell>> columns) {
		float height = 0;
		for (int c = 0; c < columns.size(); c++) {
			height = Math.max(height, cellsHeight(columns.get(c), widths[c]));
		}
		boolean broke = keep(height);
		float x = left;
		for (int c = 0; c < columns.size(); c++) {
			float lineTop = y;
			for (Cell cell : columns.get(c)) {
				for (String text : wrap(cell.text(), cell.style(), widths[c], widths[c])) {
					float textWidth = line(text, cell.style(), cell.align(), x, widths[c], lineTop);
					if (cell.underlined()) {
						float start = x + (widths[c] - textWidth) / 2;
						rule(start, lineTop - cell.style().leading() + 1, start + textWidth);
					}
					lineTop -= cell.style().leading();
				}
			}
			x += widths[c];
		}
		y -= height;
		return broke;
	}

	private float cellsHeight(List<Cell> cells, float width) {
		float height = 0;
		for (Cell cell : cells) {
			height += wrap(cell.text(), cell.style(), width, width).size() * cell.style().leading();
		}
		return height;
	}

	/**
	 * A bordered table centred on the page: the header row, then the rows; a row that does not fit
	 * goes to the next page, where the header row is repeated.
	 */
	void table(float[] widths, List<Cell> header, List<List<Cell>> rows) {
		float tableWidth = 0;
		for (float w : widths) {
			tableWidth += w;
		}
		float x = left + (width() - tableWidth) / 2;
		float headerHeight = rowHeight(widths, header);
		keep(tableStart(widths, header, rows));
		row(x, widths, header, headerHeight);
		for (List<Cell> cells : rows) {
			float height = rowHeight(widths, cells);
			if (y - height < bottom) {
				newPage();
				row(x, widths, header, headerHeight);
			}
			row(x, widths, cells, height);
		}
	}

	/**
	 * The room a page must have to start the table: the whole table when it fits on a page (a short
	 * table is not split), else its header row and first row.
	 */
	float tableStart(float[] widths, List<Cell> header, List<List<Cell>> rows) {
		float whole = rowHeight(widths, header);
		for (List<Cell> row : rows) {
			whole += rowHeight(widths, row);
		}
		return whole <= (top - bottom) / 2 ? whole
				: rowHeight(widths, header) + (rows.isEmpty() ? 0 : rowHeight(widths, rows.get(0)));
	}

	/** The height of a paragraph wrapped to the text width. */
	float height(String text, Style style) {
		return wrap(text, style, width(), width()).size() * style.leading();
	}

	private float rowHeight(float[] widths, List<Cell> cells) {
		float height = 0;
		for (int c = 0; c < cells.size(); c++) {
			Cell cell = cells.get(c);
			float inner = widths[c] - 2 * CELL_PADDING;
			height = Math.max(height, wrap(cell.text(), cell.style(), inner, inner).size() * cell.style().leading());
		}
		return height + 2 * CELL_PADDING;
	}

	private void row(float x, float[] widths, List<Cell> cells, float height) {
		try {
			for (int c = 0; c < cells.size(); c++) {
				Cell cell = cells.get(c);
				float inner = widths[c] - 2 * CELL_PADDING;
				float lineTop = y - CELL_PADDING;
				for (String text : wrap(cell.text(), cell.style(), inner, inner)) {
					line(text, cell.style(), cell.align(), x + CELL_PADDING, inner, lineTop);
					lineTop -= cell.style().leading();
				}
				content.setLineWidth(0.5f);
				content.addRect(x, y - height, widths[c], height);
				content.stroke();
				x += widths[c];
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		y -= height;
	}

	/** Numbers every page but the first at the top centre (Decree 30/2020: the first page bears none). */
	void numberPages(Style style) {
		try {
			content.close();
			int number = 0;
			for (PDPage page : doc.getPages()) {
				if (++number == 1) {
					continue;
				}
				try (PDPageContentStream stream = new PDPageContentStream(doc, page,
						PDPageContentStream.AppendMode.APPEND, true, true)) {
					content = stream;
					line(String.valueOf(number), style, Align.CENTER, left, width(), PAGE.getHeight() - 10 * MM);
				}
			}
			content = null;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void save(OutputStream out) throws IOException {
		if (content != null) {
			content.close();
			content = null;
		}
		doc.save(out);
	}

	@Override
	public void close() throws IOException {
		try {
			doc.close();
		}
		finally {
			for (TrueTypeFont font : opened) {
				font.close();
			}
		}
	}

	/** Draws one line in the box from x of the width, its top at lineTop; returns the text's width. */
	private float line(String text, Style style, Align align, float x, float boxWidth, float lineTop) {
		float baseline = lineTop - style.size() * ASCENT;
		float textWidth = width(text, style);
		try {
			if (align == Align.JUSTIFY) {
				justified(text, style, x, boxWidth, baseline);
				return boxWidth;
			}
			float start = switch (align) {
				case CENTER -> x + (boxWidth - textWidth) / 2;
				case RIGHT -> x + boxWidth - textWidth;
				default -> x;
			};
			show(text, style, start, baseline);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return textWidth;
	}

	/** Spreads the words so the line fills the width. */
	private void justified(String text, Style style, float x, float boxWidth, float baseline) throws IOException {
		String[] words = text.split(" ");
		float wordsWidth = 0;
		for (String word : words) {
			wordsWidth += width(word, style);
		}
		float gap = words.length < 2 ? 0 : (boxWidth - wordsWidth) / (words.length - 1);
		for (String word : words) {
			show(word, style, x, baseline);
			x += width(word, style) + gap;
		}
	}

	private void show(String text, Style style, float x, float baseline) throws IOException {
		for (Run run : runs(text, style)) {
			content.beginText();
			content.setFont(run.face().font(), style.size());
			content.newLineAtOffset(x, baseline);
			content.showText(run.text());
			content.endText();
			x += run.face().font().getStringWidth(run.text()) / 1000 * style.size();
		}
	}

	private void rule(float from, float at, float to) {
		try {
			content.setLineWidth(0.6f);
			content.moveTo(from, at);
			content.lineTo(to, at);
			content.stroke();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	float width(String text, Style style) {
		float width = 0;
		try {
			for (Run run : runs(text, style)) {
				width += run.face().font().getStringWidth(run.text()) / 1000 * style.size();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return width;
	}

	/**
	 * The text's lines: words (split at spaces) filled greedily, the first line to its own width; a
	 * word longer than a line is cut between characters. Line breaks in the text are kept.
	 */
	List<String> wrap(String text, Style style, float firstWidth, float width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : clean(text).split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			// split at each space, so that runs of spaces (the number line's blank) are kept
			for (String word : paragraph.split(" ")) {
				float room = lines.isEmpty() ? firstWidth : width;
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (width(candidate, style) <= room) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
					room = width;
				}
				String rest = word;
				while (width(rest, style) > room) {
					int cut = fitting(rest, style, room);
					lines.add(rest.substring(0, cut));
					rest = rest.substring(cut);
					room = width;
				}
				line.append(rest);
			}
			lines.add(line.toString());
		}
		return lines;
	}

	/** How many chars of the word fit in the width (at least one code point, so a line always advances). */
	private int fitting(String word, Style style, float width) {
		int end = word.offsetByCodePoints(0, 1);
		while (end < word.length()) {
			int next = word.offsetByCodePoints(end, 1);
			if (width(word.substring(0, next), style) > width) {
				break;
			}
			end = next;
		}
		return end;
	}

	/** Composed characters (the fonts have precomposed Vietnamese letters), tabs as spaces, no carriage returns. */
	private static String clean(String text) {
		return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
			.replace("\r\n", "\n")
			.replace('\r', '\n')
			.replace('\t', ' ');
	}

	/** The text cut where the face changes: the serif wherever it has the glyph, else the Hangul font. */
	private List<Run> runs(String text, Style style) {
		List<Run> runs = new ArrayList<>();
		Face serif = face(Family.SERIF, style);
		StringBuilder current = new StringBuilder();
		Face currentFace = null;
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			int codePoint = text.codePointAt(i);
			Face face = serif.has(codePoint) ? serif : face(Family.HANGUL, style);
			if (!face.has(codePoint)) {
				// neither font draws it: a question mark, as a reader would rather see than a gap
				face = serif;
				codePoint = '?';
			}
			if (face != currentFace && !current.isEmpty()) {
				runs.add(new Run(current.toString(), currentFace));
				current.setLength(0);
			}
			currentFace = face;
			current.appendCodePoint(codePoint);
		}
		if (!current.isEmpty()) {
			runs.add(new Run(current.toString(), currentFace));
		}
		return runs;
	}

	private Face face(Family family, Style style) {
		// one face per file: the Hangul font has no italic, so an italic style shares the upright face
		Style key = new Style(0, style.bold(), style.italic() && family == Family.SERIF);
		return faces.computeIfAbsent(family, f -> new HashMap<>())
			.computeIfAbsent(key, s -> load(fontFile(family, s)));
	}

	private static String fontFile(Family family, Style style) {
		if (family == Family.HANGUL) {
			// Nanum Myeongjo has no italic; Hangul is not slanted in print
			return style.bold() ? "NanumMyeongjoBold.ttf" : "NanumMyeongjo.ttf";
		}
		String variant = style.bold() ? (style.italic() ? "BoldItalic" : "Bold")
				: (style.italic() ? "Italic" : "Regular");
		return "LiberationSerif-" + variant + ".ttf";
	}

	private Face load(String file) {
		try {
			TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes(file)));
			opened.add(ttf);
			return new Face(PDType0Font.load(doc, ttf, true), ttf.getUnicodeCmapLookup());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The font file's bytes, read from the classpath once per run of the application. */
	private static byte[] fontBytes(String file) {
		return FONT_FILES.computeIfAbsent(file, name -> {
			try (InputStream in = PdfLayout.class.getResourceAsStream("/fonts/" + name)) {
				if (in == null) {
					throw new IllegalStateException("Font not bundled: " + name);
				}
				return in.readAllBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

}
