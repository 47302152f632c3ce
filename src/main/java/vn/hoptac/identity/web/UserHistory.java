package vn.hoptac.identity.web;

import static vn.hoptac.shared.HistoryFields.code;
import static vn.hoptac.shared.HistoryFields.field;
import static vn.hoptac.shared.HistoryFields.flag;
import static vn.hoptac.shared.HistoryFields.reference;
import static vn.hoptac.shared.HistoryFields.text;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.HistoryFields;
import vn.hoptac.shared.Role;

/** How user accounts read in the audit log: their rights, never their password or stamps. */
@Configuration(proxyBeanMethods = false)
class UserHistory {

	@Bean
	HistoryFields userFields(PartyDirectory directory) {
		return new HistoryFields("user", "username", List.of(field("username", "login.username", text()),
				field("displayName", "account.displayName", text()), field("role", "account.role", code(Role.class)),
				field("provinceId", "account.province", reference(directory::localityName)),
				field("organisationId", "account.unit", reference(directory::organisationName)),
				field("enabled", "users.enabled", flag()), field("email", "users.email", text()),
				field("digestEnabled", "users.digestEnabled", flag()),
				field("mustChangePassword", "users.status.mustChange", flag())));
	}

}
