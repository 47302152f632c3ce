package vn.hoptac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/**
 * A list page follows its download by a token: the rows written are counted where any instance's
 * answer to the page's poll can read them, while the export's own reading transaction still runs.
 */
@ApiTest
class ExportProgressTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ExportProgress progress;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aPageFollowsItsDownloadToTheNumberOfRowsInTheFile() throws Exception {
		String token = UUID.randomUUID().toString();
		poll(token, "en").andExpect(status().isOk()).andExpect(content().string("Preparing the file…"));

		String csv = new Api(mvc).as("admin")
			.get("/api/v1/agreements?format=csv&progress={token}", token)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long rows = csv.lines().count() - 2; // the filters line and the headers
		assertThat(rows).as("demo agreements exported").isPositive();

		poll(token, "en").andExpect(status().is(ExportProgressPage.STOP_POLLING))
			.andExpect(content().string("Done: %,d rows written to the file.".formatted(rows)));
		poll(token, "vi").andExpect(content().string("Xong: %s dòng đã ghi vào tệp."
			.formatted(java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi")).format(rows))));
	}

	@Test
	void anExportWithoutAUuidTokenKeepsNoCount() throws Exception {
		new Api(mvc).get("/api/v1/agreements?format=csv&progress=not-a-token").andExpect(status().isOk());
		assertThat(progress.of("not-a-token")).isEmpty();
		poll("not-a-token", "vi").andExpect(status().isOk()).andExpect(content().string("Đang chuẩn bị tệp…"));
	}

	@Test
	void theCountIsReadableBeforeTheExportsOwnTransactionEnds() {
		String token = UUID.randomUUID().toString();
		TransactionTemplate reading = new TransactionTemplate(transactions);
		reading.setReadOnly(true);
		reading.executeWithoutResult(status -> {
			try {
				CountedSheet sheet = new CountedSheet(new NoSheet(), progress, token);
				for (int i = 0; i < 2_500; i++) {
					sheet.row(List.of(i));
				}
				// another thread, another connection: what a poll on another instance would read
				assertThat(CompletableFuture.supplyAsync(() -> progress.of(token)).join())
					.contains(new ExportProgress.State(2_000, false));
				sheet.close();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(progress.of(token)).isEqualTo(Optional.of(new ExportProgress.State(2_500, true)));
	}

	private org.springframework.test.web.servlet.ResultActions poll(String token, String language) throws Exception {
		return mvc.perform(get("/exports/progress/{token}", token).param("lang", language));
	}

	/** A sheet that keeps nothing. */
	private static final class NoSheet implements ExportSheet {

		@Override
		public void title(String text) {
		}

		@Override
		public void header(List<String> labels) {
		}

		@Override
		public void row(List<Object> cells) {
		}

		@Override
		public void close() {
		}

	}

}
