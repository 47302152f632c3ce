package vn.hoptac.reports;

import java.util.Arrays;
import java.util.Optional;

/** The periodic reports of a province: for a half year or a whole year. Labelled by {@code reports.kind.<name>}. */
public enum ReportKind {

	SEMIANNUAL("semiannual"), ANNUAL("annual");

	private final String path;

	ReportKind(String path) {
		this.path = path;
	}

	/** How the kind reads in the API's path ({@code /api/v1/reports/annual}). */
	public String path() {
		return path;
	}

	public static Optional<ReportKind> ofPath(String path) {
		return Arrays.stream(values()).filter(kind -> kind.path.equalsIgnoreCase(path)).findFirst();
	}

}
