package vn.hoptac.calendar.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import vn.hoptac.shared.ReferenceCsv;

/** Loads Vietnam's public holidays (Labour Code 2019 Art. 112) from {@code reference/public-holidays-vn.csv}. */
@Component
class ReferenceHolidays extends ReferenceCsv {

	ReferenceHolidays() {
		super("3", "public holidays", "public-holidays-vn.csv");
	}

	@Override
	protected void load(Connection connection, List<List<CSVRecord>> files) throws SQLException {
		String sql = "insert into public_holiday (holiday_date, name_vi, name_en, name_ko, source) values (?,?,?,?,?)";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (CSVRecord row : files.get(0)) {
				insert.setDate(1, dateOrNull(row, "date"));
				insert.setString(2, row.get("name_vi"));
				insert.setString(3, valueOrNull(row, "name_en"));
				insert.setString(4, valueOrNull(row, "name_ko"));
				insert.setString(5, valueOrNull(row, "source"));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

}
