package vn.hoptac.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class RenderedItemsTests {

	private final AtomicInteger rendered = new AtomicInteger();

	private final RenderedItems<String> items = new ListItemCaches().create("agreement", Set.of("organisation"), 100);

	@AfterEach
	void resetLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	/** Renders each id as its language and a count of renderings; id 9 no longer exists. */
	private Map<Long, String> render(List<Long> ids) {
		String language = LocaleContextHolder.getLocale().getLanguage();
		return ids.stream()
			.filter(id -> id != 9L)
			.collect(Collectors.toMap(id -> id, id -> language + id + "#" + rendered.incrementAndGet()));
	}

	private List<String> in(Locale language, Long... ids) {
		LocaleContextHolder.setLocale(language);
		return items.of(List.of(ids), this::render);
	}

	private static RecordChanged changed(String entity, long id) {
		return new RecordChanged(Instant.EPOCH, "admin", RecordChanged.UPDATED, entity, id, "", null, null);
	}

	@Test
	void keepsTheOrderOfTheIdsAndLeavesOutRecordsNoLongerThere() {
		assertThat(in(Languages.VIETNAMESE, 2L, 9L, 1L)).containsExactly("vi2#1", "vi1#2");
		assertThat(in(Languages.VIETNAMESE, 1L, 2L)).containsExactly("vi1#2", "vi2#1");
	}

	@Test
	void remembersEachLanguageApart() {
		assertThat(in(Languages.VIETNAMESE, 1L)).containsExactly("vi1#1");
		assertThat(in(Locale.KOREAN, 1L)).containsExactly("ko1#2");
		assertThat(in(Languages.VIETNAMESE, 1L)).containsExactly("vi1#1");
	}

	@Test
	void forgetsARecordThatChangedInEveryLanguageAndEverythingWhenAShownRecordChanged() {
		in(Languages.VIETNAMESE, 1L, 2L);
		in(Locale.ENGLISH, 1L);

		items.forget(changed("agreement", 1L));
		assertThat(in(Languages.VIETNAMESE, 1L, 2L)).containsExactly("vi1#4", "vi2#2");
		assertThat(in(Locale.ENGLISH, 1L)).containsExactly("en1#5");

		items.forget(changed("partnership", 2L));
		assertThat(in(Languages.VIETNAMESE, 2L)).containsExactly("vi2#2");

		items.forget(changed("organisation", 7L));
		assertThat(in(Languages.VIETNAMESE, 2L)).containsExactly("vi2#6");
	}

	@Test
	void rendersWithoutRememberingInALanguageNotSupported() {
		assertThat(in(Locale.FRENCH, 1L)).containsExactly("fr1#1");
		assertThat(in(Locale.FRENCH, 1L)).containsExactly("fr1#2");
	}

}
