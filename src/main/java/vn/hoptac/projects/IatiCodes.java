package vn.hoptac.projects;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The IATI codelists loaded into {@code iati_code} (IATI Standard, iatistandard.org, CC BY 4.0),
 * read from the database, in the codelist's own order of codes.
 */
@Service
public class IatiCodes {

	private final JdbcClient jdbc;

	IatiCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every code of the list, withdrawn ones included, by code. */
	public Map<String, IatiCode> of(IatiCodelist list) {
		Map<String, IatiCode> codes = new LinkedHashMap<>();
		jdbc.sql("select code, name_en, category, status from iati_code where codelist = ?")
			.param(list.iatiName())
			.query((rs, row) -> new IatiCode(rs.getString(1), rs.getString(2), rs.getString(3),
					"withdrawn".equals(rs.getString(4))))
			.list()
			.stream()
			.sorted(IatiCodes::byCode)
			.forEach(code -> codes.put(code.code(), code));
		return codes;
	}

	/** The codes that may be chosen now (withdrawn ones are refused on write). */
	public List<IatiCode> active(IatiCodelist list) {
		return of(list).values().stream().filter(code -> !code.withdrawn()).toList();
	}

	/** Numeric codes in numeric order ("2" before "11"), dotted ones part by part ("11.3" before "11.10"). */
	private static int byCode(IatiCode a, IatiCode b) {
		String[] left = a.code().split("\\.");
		String[] right = b.code().split("\\.");
		for (int i = 0; i < Math.min(left.length, right.length); i++) {
			int compared = left[i].matches("\\d+") && right[i].matches("\\d+")
					? Long.compare(Long.parseLong(left[i]), Long.parseLong(right[i])) : left[i].compareTo(right[i]);
			if (compared != 0) {
				return compared;
			}
		}
		return Integer.compare(left.length, right.length);
	}

}
