package vn.hoptac.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV in UTF-8 with a byte order mark, which Excel needs to read Vietnamese and Korean; dates as
 * ISO text at their precision ("2004", "2018-11", "2018-11-27"), numbers without grouping.
 */
final class CsvSheet implements ExportSheet {

	private final CSVPrinter printer;

	CsvSheet(OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
	}

	@Override
	public void title(String text) throws IOException {
		printer.printRecord(text);
	}

	@Override
	public void header(List<String> labels) throws IOException {
		printer.printRecord(labels);
	}

	@Override
	public void row(List<Object> cells) throws IOException {
		for (Object cell : cells) {
			printer.print(text(cell));
		}
		printer.println();
	}

	private static String text(Object cell) {
		if (cell instanceof DateCell date) {
			return date.iso();
		}
		if (cell instanceof TimeCell time) {
			return time.iso();
		}
		if (cell instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return cell == null ? "" : cell.toString();
	}

	@Override
	public void close() throws IOException {
		printer.close(true);
	}

}
