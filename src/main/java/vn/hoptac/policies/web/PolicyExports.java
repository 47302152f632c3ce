package vn.hoptac.policies.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.policies.PolicyDocument;
import vn.hoptac.shared.RecordExport;

/** The columns of the policy document list's exports (CSV, XLSX), read as lean rows. */
@Configuration(proxyBeanMethods = false)
class PolicyExports {

	@Bean
	RecordExport<PolicyDocument> policyExport() {
		return RecordExport.of(PolicyDocument.class, PolicyResponse.class)
			.text("title", "policy.title")
			.text("kind", "policy.kind")
			.text("number", "policy.number")
			.text("issuingBody", "policy.issuingBody")
			.date("issuedOn", "policy.issuedOn", "issuedOn", "issuedPrecision")
			.date("inForceOn", "policy.inForceOn", "inForceOn", "inForcePrecision")
			.text("summary", "policy.summary")
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

}
