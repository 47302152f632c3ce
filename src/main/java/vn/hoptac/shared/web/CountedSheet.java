package vn.hoptac.shared.web;

import java.io.IOException;
import java.util.List;

/**
 * A sheet that tells {@link ExportProgress} how many rows went into it, every
 * {@link ExportProgress#STEP} rows and once more, finished, when it is closed: whichever way the
 * rows were read.
 */
final class CountedSheet implements ExportSheet {

	private final ExportSheet sheet;

	private final ExportProgress progress;

	private final String token;

	private long rows;

	CountedSheet(ExportSheet sheet, ExportProgress progress, String token) {
		this.sheet = sheet;
		this.progress = progress;
		this.token = token;
		progress.start(token);
	}

	@Override
	public void title(String text) throws IOException {
		sheet.title(text);
	}

	@Override
	public void header(List<String> labels) throws IOException {
		sheet.header(labels);
	}

	@Override
	public void row(List<Object> cells) throws IOException {
		sheet.row(cells);
		if (++rows % ExportProgress.STEP == 0) {
			progress.advance(token, rows, false);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			sheet.close();
		}
		finally {
			progress.advance(token, rows, true);
		}
	}

}
