package vn.hoptac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoptac.shared.HistoryFields.code;
import static vn.hoptac.shared.HistoryFields.date;
import static vn.hoptac.shared.HistoryFields.field;
import static vn.hoptac.shared.HistoryFields.listOf;
import static vn.hoptac.shared.HistoryFields.part;
import static vn.hoptac.shared.HistoryFields.parts;
import static vn.hoptac.shared.HistoryFields.reference;
import static vn.hoptac.shared.HistoryFields.text;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import tools.jackson.databind.json.JsonMapper;

import vn.hoptac.shared.DateDisplay;
import vn.hoptac.shared.HistoryFields;
import vn.hoptac.shared.Visibility;
import vn.hoptac.shared.web.ReadableChanges.FieldChange;

/** One diff of two snapshots serves every record type, from what the type declares. */
class ReadableChangesTests {

	static final HistoryFields THING = new HistoryFields("thing", "title", List.of(field("title", "l.title", text()),
			field("seat", "l.seat", reference(id -> id == 7 ? "Thái Nguyên" : null)),
			field("events", "l.events", listOf(parts(part("kind", code(Visibility.class)), part("on", date("precision"))))),
			HistoryFields.VISIBILITY));

	ReadableChanges changes;

	@BeforeEach
	void setUp() {
		StaticMessageSource messages = new StaticMessageSource();
		Locale en = Locale.ENGLISH;
		messages.addMessage("l.title", en, "Title");
		messages.addMessage("l.seat", en, "Seat");
		messages.addMessage("l.events", en, "Events");
		messages.addMessage("record.visibility", en, "Visibility");
		messages.addMessage("enum.Visibility.PUBLIC", en, "Public");
		messages.addMessage("enum.Visibility.INTERNAL", en, "Internal");
		messages.addMessage("date.before", en, "before {0}");
		LocaleContextHolder.setLocale(en);
		changes = new ReadableChanges(List.of(THING), JsonMapper.builder().build(), messages, new Labels(messages),
				new DateDisplay(messages), new CountryNames());
	}

	@AfterEach
	void resetLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void showsOnlyDeclaredFieldsThatChangedAsTheRecordPageDoes() {
		String before = """
				{"title": "Old", "seat": 7, "version": 1, "searchText": "old",
				 "events": [{"kind": "PUBLIC", "on": "2019-01-01", "precision": "YEAR"}],
				 "stewardship": {"provinceId": 7, "visibility": "INTERNAL"}}""";
		String after = """
				{"title": "Old", "seat": 8, "version": 2, "searchText": "new",
				 "events": [{"kind": "PUBLIC", "on": "2019-01-01", "precision": "YEAR"},
				            {"kind": "INTERNAL", "on": "2020-12-01", "precision": "BEFORE_MONTH"}],
				 "stewardship": {"provinceId": 7, "visibility": "PUBLIC"}}""";
		assertThat(changes.of("thing", before, after)).containsExactly(new FieldChange("Seat", "Thái Nguyên", "#8"),
				new FieldChange("Events", "", "Internal, before Dec 2020"),
				new FieldChange("Visibility", "Internal", "Public"));
		assertThat(changes.headline("thing", "summary", before, after)).isEqualTo("Old");
	}

	@Test
	void aCreationShowsWhatWasSetAndAnUndeclaredTypeOrACutSnapshotShowsNothing() {
		assertThat(changes.of("thing", null, "{\"title\": \"New\", \"events\": []}"))
			.containsExactly(new FieldChange("Title", "", "New"));
		assertThat(changes.of("token", null, "{\"name\": \"ci\"}")).isEmpty();
		assertThat(changes.headline("token", "admin: ci", null, "{}")).isEqualTo("admin: ci");
		assertThat(changes.of("thing", "{\"title\": \"Old\", \"events\": [{\"kind\": \"PUB…", "{\"title\": \"New\"}"))
			.isEmpty();
	}

}
