package vn.hoptac.policies.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.ExportColumns;

/** The columns of the policy document list's exports (CSV, XLSX). */
@Configuration(proxyBeanMethods = false)
class PolicyExports {

	@Bean
	ExportColumns<PolicyResponse> policyColumns() {
		return ExportColumns.of(PolicyResponse.class)
			.text("title", "policy.title", PolicyResponse::title)
			.text("kind", "policy.kind", PolicyResponse::kind)
			.text("number", "policy.number", PolicyResponse::number)
			.text("issuingBody", "policy.issuingBody", PolicyResponse::issuingBody)
			.date("issuedOn", "policy.issuedOn", PolicyResponse::issuedOn)
			.date("inForceOn", "policy.inForceOn", PolicyResponse::inForceOn)
			.text("summary", "policy.summary", PolicyResponse::summary)
			.text("visibility", "record.visibility", PolicyResponse::visibility)
			.text("source", "record.source", PolicyResponse::source);
	}

}
