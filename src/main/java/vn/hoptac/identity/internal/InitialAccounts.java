package vn.hoptac.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.hoptac.identity.UserDraft;
import vn.hoptac.identity.UserService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Role;

/**
 * Who can sign in on a new installation where nobody can yet (the demo brings its own accounts
 * first): no default password exists, the first administrator comes from
 * {@code HOPTAC_ADMIN_USERNAME} / {@code HOPTAC_ADMIN_PASSWORD} and must change the password at
 * first sign-in.
 */
@Component
@Order(3)
class InitialAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

	private final UserService users;

	private final Environment environment;

	InitialAccounts(UserService users, Environment environment) {
		this.users = users;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		Access.asSystem(() -> {
			if (!users.anyUser()) {
				createFirstAdministrator();
			}
			return null;
		});
	}

	private void createFirstAdministrator() {
		String username = environment.getProperty("HOPTAC_ADMIN_USERNAME", "admin");
		String password = environment.getProperty("HOPTAC_ADMIN_PASSWORD");
		if (password == null || password.isBlank()) {
			log.warn("No user exists yet. Set HOPTAC_ADMIN_PASSWORD (and optionally HOPTAC_ADMIN_USERNAME) "
					+ "and restart to create the first administrator.");
			return;
		}
		users.register(new UserDraft(username, "Administrator", Role.ADMIN, null, null, true), password, true);
		log.info("Created the first administrator '{}'; the password must be changed at first sign-in.", username);
	}

}
