package vn.hoptac.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.CRC32;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;

/**
 * A Flyway migration that loads a reference CSV shipped under {@code classpath:reference/}. Modules
 * declare one as a bean; Spring Boot hands it to Flyway. The checksum follows the file, so an edited
 * file is noticed by {@code flyway validate}.
 */
public abstract class ReferenceCsv extends DataMigration {

	private final List<String> files;

	protected ReferenceCsv(String version, String description, String... files) {
		super(version, description);
		this.files = List.of(files);
	}

	/** Inserts the rows of the given files (in the order given to the constructor). */
	protected abstract void load(Connection connection, List<List<CSVRecord>> files) throws SQLException;

	@Override
	public final void migrate(Context context) throws Exception {
		List<List<CSVRecord>> records = files.stream().map(ReferenceCsv::read).toList();
		load(context.getConnection(), records);
	}

	public static List<CSVRecord> read(String file) {
		try (Reader reader = new InputStreamReader(new ClassPathResource("reference/" + file).getInputStream(),
				StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read reference file " + file, ex);
		}
	}

	protected static String valueOrNull(CSVRecord row, String column) {
		String value = row.get(column);
		return value == null || value.isBlank() ? null : value;
	}

	protected static java.sql.Date dateOrNull(CSVRecord row, String column) {
		String value = valueOrNull(row, column);
		return value == null ? null : java.sql.Date.valueOf(value);
	}

	/** The checksum follows the files, so an edited file is noticed by {@code flyway validate}. */
	@Override
	public Integer getChecksum() {
		CRC32 crc = new CRC32();
		for (String file : files) {
			try (var in = new ClassPathResource("reference/" + file).getInputStream()) {
				crc.update(in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return (int) crc.getValue();
	}

}
