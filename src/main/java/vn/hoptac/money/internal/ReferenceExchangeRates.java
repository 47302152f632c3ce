package vn.hoptac.money.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import vn.hoptac.money.ExchangeRateCsv;
import vn.hoptac.money.RateDraft;
import vn.hoptac.shared.ReferenceCsv;

/**
 * Loads the shipped rates ({@code reference/exchange-rates.csv}, each row with its source; see the
 * reference README), read by the same rules as an administrator's upload. A row whose period a
 * rate of its currency already covers is left out: a rate an administrator uploaded stays.
 */
@Component
class ReferenceExchangeRates extends ReferenceCsv {

	static final String FILE = "exchange-rates.csv";

	ReferenceExchangeRates() {
		this("27.2", "exchange rates", FILE);
	}

	protected ReferenceExchangeRates(String version, String description, String file) {
		super(version, description, file);
	}

	@Override
	protected void load(Connection connection, List<List<CSVRecord>> files) throws SQLException {
		List<CSVRecord> records = files.get(0);
		List<String> header = records.isEmpty() ? List.of() : records.get(0).getParser().getHeaderNames();
		List<RateDraft> rates = ExchangeRateCsv.rows(header, records);
		Timestamp now = Timestamp.from(Instant.now());
		String sql = """
				insert into exchange_rate (currency, valid_from, valid_to, vnd_per_unit, kind, source, created_at, updated_at)
				values (?,?,?,?,?,?,?,?)""";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (RateDraft rate : rates) {
				if (covered(connection, rate)) {
					continue;
				}
				insert.setString(1, rate.currency());
				insert.setDate(2, java.sql.Date.valueOf(rate.validFrom()));
				insert.setDate(3, java.sql.Date.valueOf(rate.validTo()));
				insert.setBigDecimal(4, rate.vndPerUnit());
				insert.setString(5, rate.kind().name());
				insert.setString(6, rate.source());
				insert.setTimestamp(7, now);
				insert.setTimestamp(8, now);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static boolean covered(Connection connection, RateDraft rate) throws SQLException {
		String sql = "select count(*) from exchange_rate where currency = ? and valid_from <= ? and valid_to >= ?";
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setString(1, rate.currency());
			query.setDate(2, java.sql.Date.valueOf(rate.validTo()));
			query.setDate(3, java.sql.Date.valueOf(rate.validFrom()));
			try (ResultSet result = query.executeQuery()) {
				return result.next() && result.getLong(1) > 0;
			}
		}
	}

}
