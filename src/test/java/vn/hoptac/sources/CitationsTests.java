package vn.hoptac.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/**
 * Sources read as citations: a record's "000_4cf7d0040496a9b3.txt §3.1, Bảng 1" is the document's
 * title and the locator on pages, and structured in the API; the reference data's provenance is
 * told in the page's language.
 */
@ApiTest
class CitationsTests {

	static final String SEED_AGREEMENT = "Thỏa thuận hợp tác hữu nghị giữa tỉnh Thái Nguyên và tỉnh Gyeongsangbuk";

	static final String TITLE_000 = "Hai thập kỷ hợp tác giữa tỉnh Thái Nguyên (Việt Nam) và tỉnh Gyeongsangbuk (Hàn Quốc)";

	@Autowired
	MockMvc mvc;

	@Autowired
	Citations citations;

	@Test
	void theApiListsTheSourceDocumentsAndReturnsARecordsSourceStructured() throws Exception {
		Api visitor = new Api(mvc);
		visitor.get("/api/v1/sources")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(6)) // the five seeds and the IATI codelists
			.andExpect(jsonPath("$[0].id").value("000_4cf7d0040496a9b3"))
			.andExpect(jsonPath("$[0].authors").value("Hoàng Lâm"))
			.andExpect(jsonPath("$[0].year").value(2025))
			.andExpect(jsonPath("$[0].kind").value("JOURNAL_ARTICLE"))
			.andExpect(jsonPath("$[0].link").value("https://doi.org/10.34238/tnu-jst.13378"))
			// the news article states neither author nor date: they stay unknown
			.andExpect(jsonPath("$[2].authors").doesNotExist())
			.andExpect(jsonPath("$[2].year").doesNotExist());
		visitor.get("/api/v1/sources/{id}", "001_35b6366d42811707")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.authors").value("Đỗ Phương Thảo"))
			.andExpect(jsonPath("$.kind").value("DOCTORAL_THESIS"));
		visitor.get("/api/v1/sources/{id}", "999_0000000000000000").andExpect(status().isNotFound());

		long id = seedAgreement();
		visitor.get("/api/v1/agreements/{id}", id)
			.andExpect(jsonPath("$.source").value("000_4cf7d0040496a9b3.txt §3.1, Bảng 1"))
			.andExpect(jsonPath("$.sourceCitations[0].document.id").value("000_4cf7d0040496a9b3"))
			.andExpect(jsonPath("$.sourceCitations[0].document.authors").value("Hoàng Lâm"))
			.andExpect(jsonPath("$.sourceCitations[0].document.year").value(2025))
			.andExpect(jsonPath("$.sourceCitations[0].locator").value("§3.1, Bảng 1"));
	}

	@Test
	void pagesShowTheDocumentsTitleAndTheLocatorInsteadOfTheFileName() throws Exception {
		String page = html("/agreements/" + seedAgreement(), "vi");
		assertThat(page).contains(TITLE_000, "§3.1, Bảng 1", "href=\"https://doi.org/10.34238/tnu-jst.13378\"")
			.doesNotContain("000_4cf7d0040496a9b3.txt");
		// the article's own English title on an English page; the locator stays as the document has it
		assertThat(html("/agreements/" + seedAgreement(), "en"))
			.contains("<cite class=\"source\" lang=\"en\"", "Two decades of subnational cooperation", "§3.1, Bảng 1");
		assertThat(html("/sources", "ko")).contains("출처 문헌", "Đỗ Phương Thảo", "박사 학위 논문", "미기재");
	}

	@Test
	void splitsSeveralReferencesAndKeepsANoteAsWritten() {
		List<Citation> cited = citations.of("004_67aabffd7c66fad0.txt §3 (2002–2009); 004_67aabffd7c66fad0.txt §4 "
				+ "(2010–2022); thời điểm bắt đầu không nêu", Locale.forLanguageTag("en"));
		assertThat(cited).extracting(Citation::locator).containsExactly("§3 (2002–2009)", "§4 (2010–2022)", null);
		assertThat(cited.get(0).document().getTitle()).startsWith("Hợp tác khoa học - công nghệ");
		assertThat(cited.get(2).text()).isEqualTo("thời điểm bắt đầu không nêu");
		assertThat(cited.get(2).language()).isEqualTo("vi");
	}

	@Test
	void referenceProvenanceIsToldInThePagesLanguage() throws Exception {
		String thaiNguyen = "/localities/" + new Api(mvc).localityId("VN-19");
		assertThat(html(thaiNguyen, "vi")).contains("Thành lập ngày 01/07/2025 từ Tỉnh Bắc Kạn, Tỉnh Thái Nguyên",
				"giấy phép MIT").doesNotContain("formed 2025-07-01", "(MIT)");
		assertThat(html(thaiNguyen, "ko")).contains("2025년 7월 1일에 Tỉnh Bắc Kạn, Tỉnh Thái Nguyên을(를) 통합하여 신설");
		// a date inside a clause reads as every date on the page does
		assertThat(html(thaiNguyen, "en")).contains("Formed on 1 Jul 2025 from Tỉnh Bắc Kạn, Tỉnh Thái Nguyên");
		String bacKan = "/localities/" + new Api(mvc).localityId("VN-63-06");
		assertThat(html(bacKan, "vi")).contains("Nghị quyết 202/2025/QH15").doesNotContain("Resolution 202/2025/QH15");
	}

	@Test
	void everyClauseOfTheReferenceDataIsToldInEachLanguage() throws IOException {
		for (String file : List.of("localities.csv", "locality-successions.csv")) {
			for (String source : sourceColumn(file)) {
				for (String language : List.of("vi", "en", "ko")) {
					Locale locale = Locale.forLanguageTag(language);
					assertThat(citations.of(source, locale)).as("%s in %s", source, language)
						.allSatisfy(c -> assertThat(c.language()).isEqualTo(language));
				}
			}
		}
	}

	/** The last column, "source", of a reference file (quoted where it holds commas). */
	private static List<String> sourceColumn(String file) throws IOException {
		try (InputStream in = CitationsTests.class.getResourceAsStream("/reference/" + file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.skip(1)
				.map(line -> line.endsWith("\"") ? line.substring(line.lastIndexOf(",\"") + 2, line.length() - 1)
						: line.substring(line.lastIndexOf(',') + 1))
				.filter(source -> !source.isBlank())
				.distinct()
				.toList();
		}
	}

	private long seedAgreement() throws Exception {
		List<Integer> ids = Api.read(new Api(mvc).get("/api/v1/agreements?q={q}", "hữu nghị Thái Nguyên Gyeongsangbuk"),
				"$.items[?(@.title == '" + SEED_AGREEMENT + "')].id");
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

	private String html(String path, String language) throws Exception {
		return mvc.perform(get(path).param("lang", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
