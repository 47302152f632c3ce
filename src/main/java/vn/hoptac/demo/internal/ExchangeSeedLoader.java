package vn.hoptac.demo.internal;

import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.hoptac.exchanges.ExchangeCount;
import vn.hoptac.exchanges.ExchangeDraft;
import vn.hoptac.exchanges.ExchangeKind;
import vn.hoptac.exchanges.ExchangeService;
import vn.hoptac.exchanges.ExchangeStatus;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.DatePrecision.PartialDate;

/**
 * Loads {@code db/demo/exchanges.json}: the people exchanges of the seeds (group "people" of
 * seed-facts.tsv), each with its source, through {@link ExchangeService} as any writer's input. A
 * number or date the source does not give is absent from the file and stays unknown.
 */
@Component
@Order(3)
class ExchangeSeedLoader implements ApplicationRunner {

	static final String SEED = "db/demo/exchanges.json";

	private final SeedOnce once;

	private final SeedRecords records;

	private final SeedKeys keys;

	private final ExchangeService exchanges;

	ExchangeSeedLoader(SeedOnce once, SeedRecords records, SeedKeys keys, ExchangeService exchanges) {
		this.once = once;
		this.records = records;
		this.keys = keys;
		this.exchanges = exchanges;
	}

	@Override
	public void run(ApplicationArguments args) {
		once.run(SEED, () -> records.read(SEED, ExchangesSeedFile.class).exchanges().forEach(this::create));
	}

	private void create(ExchangeSeed e) {
		exchanges.create(new ExchangeDraft(e.title(), e.kind(), e.status(), e.programmeName(),
				keys.locality(e.vnLocalityCode()), keys.organisation(e.vnOrganisationKey()),
				keys.locality(e.foreignLocalityCode()), keys.organisation(e.foreignOrganisationKey()),
				e.foreignCountry(), keys.partnership(e.partnershipKey()), null, e.online(),
				PartialDate.parse(e.startOn()), PartialDate.parse(e.endOn()), e.description(), e.fields(), e.counts(),
				e.source(), SeedRecords.PUBLISHED));
	}

	record ExchangesSeedFile(List<ExchangeSeed> exchanges) {
	}

	/** An exchange as the file states it; {@code ref} is the fact's number in the plan (P1…P20). */
	record ExchangeSeed(String ref, String title, ExchangeKind kind, ExchangeStatus status, String programmeName,
			String vnLocalityCode, String vnOrganisationKey, String foreignLocalityCode, String foreignOrganisationKey,
			String foreignCountry, String partnershipKey, boolean online, String startOn, String endOn,
			String description, Set<CooperationField> fields, List<ExchangeCount> counts, String source) {
	}

}
