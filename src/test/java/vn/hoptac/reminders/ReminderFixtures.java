package vn.hoptac.reminders;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import vn.hoptac.Api;

/**
 * Agreements that make reminders, recorded through the API by the Thái Nguyên officer: one
 * expiring on a day, one signed on a day (its report after signing falls due 15 days later).
 */
record ReminderFixtures(Api officer, long province, long partner) {

	static ReminderFixtures of(Api admin) throws Exception {
		return new ReminderFixtures(admin.as("thainguyen"), admin.localityId("VN-19"), admin.localityId("KR-37"));
	}

	/** An agreement shared with partners (every officer reads it) that expires on the day. */
	Agreement expiring(String label, LocalDate expiresOn) throws Exception {
		return agreement(label, ", \"signedOn\": \"2020\", \"expiresOn\": \"%s\"".formatted(expiresOn));
	}

	/** An agreement shared with partners, signed on the day, not yet reported to the Prime Minister and MOFA. */
	Agreement signed(String label, LocalDate signedOn) throws Exception {
		Agreement agreement = agreement(label, "");
		officer.post("/api/v1/agreements/{id}/actions", """
				{"type": "SIGNED", "date": "%s"}""".formatted(signedOn), agreement.id())
			.andExpect(status().isCreated());
		return agreement;
	}

	private Agreement agreement(String label, String fields) throws Exception {
		String title = label + " " + UUID.randomUUID();
		long id = Api.id(officer.post("/api/v1/agreements", """
				{"title": "%s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "visibility": "PARTNER"%s,
				 "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(title, fields, province, partner)).andExpect(status().isCreated()));
		return new Agreement(id, title);
	}

	record Agreement(long id, String title) {
	}

}
