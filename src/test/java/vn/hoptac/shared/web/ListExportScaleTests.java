package vn.hoptac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An export of 20,000 generated agreements: every public one is in the file, fetched page by page
 * (the public reader's scope). Prints the time taken; the figure is in docs/benchmarks.md.
 */
@SpringBootTest(properties = { "hoptac.demo=false", "hoptac.generate.agreements=20000",
		"spring.datasource.url=jdbc:h2:mem:export-scale;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
class ListExportScaleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyPublicAgreementOfTwentyThousandIsExported() throws Exception {
		long publicRows = jdbc.queryForObject("select count(*) from agreement where visibility = 'PUBLIC'", Long.class);
		assertThat(publicRows).isGreaterThan(10_000);
		for (String format : new String[] { "csv", "xlsx" }) {
			long started = System.nanoTime();
			byte[] body = mvc.perform(get("/api/v1/agreements").param("format", format))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("export of %d agreements as %s: %.2f s, %.0f rows/s, %d bytes%n", publicRows, format,
					seconds, publicRows / seconds, body.length);
			if (format.equals("xlsx")) {
				try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
					assertThat(workbook.getSheetAt(0).getLastRowNum() - 1L).isEqualTo(publicRows);
				}
			}
			else {
				assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8).lines().count())
					.isGreaterThanOrEqualTo(publicRows + 2);
			}
		}
	}

}
