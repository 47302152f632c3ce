package vn.hoptac.demo.internal;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.hoptac.forums.ForumDraft;
import vn.hoptac.forums.ForumKind;
import vn.hoptac.forums.ForumParticipant;
import vn.hoptac.forums.ForumService;
import vn.hoptac.shared.DatePrecision.PartialDate;

/**
 * Loads {@code db/demo/forums.json}: the forums and periodic meetings the seeds name that are not
 * already events (single Urban Development Forums of Đà Nẵng and Yokohama with JICA; the local-level
 * conferences of Thái Nguyên and Gyeongsangbuk), each with its source, through {@link ForumService}.
 * A participant's pillar follows from its organisation's kind; what the source does not give stays empty.
 */
@Component
@Order(5)
class ForumSeedLoader implements ApplicationRunner {

	static final String SEED = "db/demo/forums.json";

	private final SeedOnce once;

	private final SeedRecords records;

	private final SeedKeys keys;

	private final ForumService forums;

	ForumSeedLoader(SeedOnce once, SeedRecords records, SeedKeys keys, ForumService forums) {
		this.once = once;
		this.records = records;
		this.keys = keys;
		this.forums = forums;
	}

	@Override
	public void run(ApplicationArguments args) {
		once.run(SEED, () -> records.read(SEED, ForumsSeedFile.class).forums().forEach(f -> forums.create(forum(f))));
	}

	private ForumDraft forum(ForumSeed f) {
		List<ForumParticipant> participants = f.participantKeys()
			.stream()
			.map(key -> new ForumParticipant(keys.organisation(key), null))
			.toList();
		return new ForumDraft(f.title(), f.kind(), PartialDate.parse(f.heldOn()), f.place(),
				keys.locality(f.vnLocalityCode()), keys.partnership(f.partnershipKey()), participants, null, null,
				List.of(), List.of(), f.source(), SeedRecords.PUBLISHED);
	}

	record ForumsSeedFile(List<ForumSeed> forums) {
	}

	record ForumSeed(String title, ForumKind kind, String heldOn, String place, String vnLocalityCode,
			String partnershipKey, List<String> participantKeys, String source) {
	}

}
