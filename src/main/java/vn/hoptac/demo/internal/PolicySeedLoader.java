package vn.hoptac.demo.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.hoptac.policies.PolicyDraft;
import vn.hoptac.policies.PolicyKind;
import vn.hoptac.policies.PolicyService;
import vn.hoptac.shared.DatePrecision.PartialDate;

/**
 * Loads {@code db/demo/policies.json}: the legal and policy documents the seeds cite (Resolution
 * 22-NQ/TW, Korea's New Southern Policy, Law 70/2020, Circular 03/2021 and the joint circular it
 * replaced, MOFA's 1994 rule on "thành phố kết nghĩa", Decree 107/2020 and its effects), each with
 * its source, through {@link PolicyService}. A document names its successor by key, listed before it;
 * a date the source does not give stays empty.
 */
@Component
@Order(5)
class PolicySeedLoader implements ApplicationRunner {

	static final String SEED = "db/demo/policies.json";

	private final SeedOnce once;

	private final SeedRecords records;

	private final PolicyService policies;

	PolicySeedLoader(SeedOnce once, SeedRecords records, PolicyService policies) {
		this.once = once;
		this.records = records;
		this.policies = policies;
	}

	@Override
	public void run(ApplicationArguments args) {
		once.run(SEED, () -> {
			Map<String, Long> ids = new HashMap<>();
			for (PolicySeed p : records.read(SEED, PoliciesSeedFile.class).policies()) {
				ids.put(p.key(), policies.create(draft(p, ids)).getId());
			}
		});
	}

	private static PolicyDraft draft(PolicySeed p, Map<String, Long> ids) {
		Long successor = null;
		if (p.supersededByKey() != null) {
			successor = ids.get(p.supersededByKey());
			if (successor == null) {
				throw new IllegalStateException(SEED + ": " + p.key() + " names " + p.supersededByKey()
						+ " as its successor before it is listed");
			}
		}
		return new PolicyDraft(p.kind(), p.number(), p.issuingBody(), p.title(), PartialDate.parse(p.issuedOn()),
				PartialDate.parse(p.inForceOn()), p.summary(), p.provisions(), successor, p.source(),
				SeedRecords.PUBLISHED);
	}

	record PoliciesSeedFile(List<PolicySeed> policies) {
	}

	record PolicySeed(String key, PolicyKind kind, String number, String issuingBody, String title, String issuedOn,
			String inForceOn, String summary, String provisions, String supersededByKey, String source) {
	}

}
