package vn.hoptac.demo.internal;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoptac.feedback.FeedbackCategory;
import vn.hoptac.feedback.FeedbackFormService;
import vn.hoptac.feedback.FormDraft;

/**
 * Loads {@code db/demo/feedback.json}: an open feedback form for a seeded project and one for the
 * Thái Nguyên–Gyeongsangbuk partnership, through {@link FeedbackFormService}. No feedback is seeded:
 * the seeds report none.
 */
@Component
@Order(5)
class FeedbackSeedLoader implements ApplicationRunner {

	static final String SEED = "db/demo/feedback.json";

	private final SeedOnce once;

	private final SeedRecords records;

	private final SeedKeys keys;

	private final JdbcClient jdbc;

	private final FeedbackFormService forms;

	FeedbackSeedLoader(SeedOnce once, SeedRecords records, SeedKeys keys, JdbcClient jdbc,
			FeedbackFormService forms) {
		this.once = once;
		this.records = records;
		this.keys = keys;
		this.jdbc = jdbc;
		this.forms = forms;
	}

	@Override
	public void run(ApplicationArguments args) {
		once.run(SEED, () -> records.read(SEED, FeedbackSeedFile.class).forms().forEach(this::create));
	}

	private void create(FormSeed f) {
		forms.create(new FormDraft(project(f.projectTitle()), keys.partnership(f.partnershipKey()), f.title(),
				f.consentText(), f.categories(), f.open()));
	}

	private Long project(String title) {
		return title == null ? null
				: jdbc.sql("select min(id) from project where title = ?")
					.param(title)
					.query(Long.class)
					.optional()
					.orElseThrow(() -> new IllegalStateException("Seed project not loaded: " + title));
	}

	record FeedbackSeedFile(List<FormSeed> forms) {
	}

	/** A form as the file states it: for a project (by its seeded title) or a partnership (by its key). */
	record FormSeed(String projectTitle, String partnershipKey, String title, String consentText,
			List<FeedbackCategory> categories, boolean open) {
	}

}
