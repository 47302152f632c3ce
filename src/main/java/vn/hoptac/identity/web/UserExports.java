package vn.hoptac.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.identity.User;
import vn.hoptac.shared.RecordExport;

/** The columns of the user list's exports (CSV, XLSX), read as lean rows: never a password's hash. */
@Configuration(proxyBeanMethods = false)
class UserExports {

	@Bean
	RecordExport<User> userExport() {
		return RecordExport.of(User.class, UserApiController.UserResponse.class)
			.text("username", "export.column.username")
			.text("displayName", "export.column.displayName")
			.text("role", "export.column.role")
			.named("province", "export.column.province", "locality", "provinceId")
			.named("organisation", "export.column.organisation", "organisation", "organisationId")
			.text("enabled", "export.column.enabled")
			.text("email", "export.column.email")
			.text("digestEnabled", "export.column.digestEnabled")
			.text("mustChangePassword", "export.column.mustChangePassword")
			.text("language", "export.column.language")
			.date("createdAt", "export.column.createdAt");
	}

}
