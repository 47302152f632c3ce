package vn.hoptac.policies.web;

import static vn.hoptac.shared.HistoryFields.VISIBILITY;
import static vn.hoptac.shared.HistoryFields.code;
import static vn.hoptac.shared.HistoryFields.date;
import static vn.hoptac.shared.HistoryFields.field;
import static vn.hoptac.shared.HistoryFields.reference;
import static vn.hoptac.shared.HistoryFields.text;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.policies.PolicyDocument;
import vn.hoptac.policies.PolicyKind;
import vn.hoptac.policies.PolicyService;
import vn.hoptac.shared.HistoryFields;
import vn.hoptac.sources.Citations;

/** How a policy document reads in its history and in the audit log: as on its page. */
@Configuration(proxyBeanMethods = false)
class PolicyHistory {

	@Bean
	HistoryFields policyFields(PolicyService policies, Citations citations) {
		return new HistoryFields(PolicyService.ENTITY, "title", List.of(field("kind", "policy.kind", code(PolicyKind.class)),
				field("number", "policy.number", text()), field("issuingBody", "policy.issuingBody", text()),
				field("title", "policy.title", text()), field("issuedOn", "policy.issuedOn", date("issuedPrecision")),
				field("inForceOn", "policy.inForceOn", date("inForcePrecision")),
				field("summary", "policy.summary", text()), field("provisions", "policy.provisions", text()),
				field("supersededById", "policy.supersededBy", reference(id -> {
					PolicyDocument successor = policies.findReadable(id);
					return successor == null ? null : successor.getTitle();
				})), citations.historyField(), VISIBILITY));
	}

}
