package vn.hoptac.projects.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import vn.hoptac.shared.ReferenceCsv;

/**
 * Loads the IATI Standard 2.03 codelists projects are checked against (IATI Standard,
 * iatistandard.org, CC BY 4.0). File and provenance: {@code reference/README.md}.
 */
@Component
class ReferenceIatiCodes extends ReferenceCsv {

	ReferenceIatiCodes() {
		super("35.1", "IATI codelists", "iati-codes.csv");
	}

	@Override
	protected void load(Connection connection, List<List<CSVRecord>> files) throws SQLException {
		String sql = "insert into iati_code (codelist, code, name_en, name_fr, category, status) values (?,?,?,?,?,?)";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (CSVRecord row : files.get(0)) {
				insert.setString(1, row.get("codelist"));
				insert.setString(2, row.get("code"));
				insert.setString(3, row.get("name_en"));
				insert.setString(4, valueOrNull(row, "name_fr"));
				insert.setString(5, valueOrNull(row, "category"));
				insert.setString(6, row.get("status"));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

}
