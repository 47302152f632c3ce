package vn.hoptac.money.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import vn.hoptac.shared.ReferenceCsv;

/**
 * Loads the IATI Currency codelist ({@code reference/iati-currencies.csv}; IATI Standard,
 * iatistandard.org, CC BY 4.0). The minor units come from the ISO 4217 table of the Java runtime
 * ({@link java.util.Currency}); a withdrawn code it does not know has none.
 */
@Component
class ReferenceCurrencies extends ReferenceCsv {

	ReferenceCurrencies() {
		super("27.1", "IATI currencies", "iati-currencies.csv");
	}

	@Override
	protected void load(Connection connection, List<List<CSVRecord>> files) throws SQLException {
		String sql = "insert into currency (code, name_en, withdrawn, minor_units) values (?,?,?,?)";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (CSVRecord row : files.get(0)) {
				String code = row.get("code");
				insert.setString(1, code);
				insert.setString(2, row.get("name_en"));
				insert.setBoolean(3, Boolean.parseBoolean(row.get("withdrawn")));
				Integer minorUnits = minorUnits(code);
				if (minorUnits == null) {
					insert.setNull(4, Types.SMALLINT);
				}
				else {
					insert.setShort(4, minorUnits.shortValue());
				}
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	static Integer minorUnits(String code) {
		try {
			int digits = java.util.Currency.getInstance(code).getDefaultFractionDigits();
			return digits < 0 ? null : digits;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
