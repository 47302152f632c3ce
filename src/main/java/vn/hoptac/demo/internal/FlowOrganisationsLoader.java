package vn.hoptac.demo.internal;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.hoptac.demo.internal.SeedFile.LocalitySeed;
import vn.hoptac.demo.internal.SeedFile.OrganisationSeed;

/**
 * Loads {@code db/demo/organisations-flows.json}: the organisations (and the one locality) that the
 * seed files of delegations, projects, exchanges and events refer to by key, after the main seed
 * and before them. A seat country the source does not state is marked as such in the record's source.
 */
@Component
@Order(2)
class FlowOrganisationsLoader implements ApplicationRunner {

	static final String SEED = "db/demo/organisations-flows.json";

	private final SeedOnce once;

	private final SeedRecords records;

	FlowOrganisationsLoader(SeedOnce once, SeedRecords records) {
		this.once = once;
		this.records = records;
	}

	@Override
	public void run(ApplicationArguments args) {
		once.run(SEED, () -> {
			OrganisationsSeedFile seed = records.read(SEED, OrganisationsSeedFile.class);
			seed.localities().forEach(records::createLocality);
			seed.organisations().forEach(records::createOrganisation);
		});
	}

	record OrganisationsSeedFile(List<LocalitySeed> localities, List<OrganisationSeed> organisations) {
	}

}
