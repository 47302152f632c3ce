package vn.hoptac.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.hoptac.demo.DemoMode;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.identity.UserDraft;
import vn.hoptac.identity.UserService;
import vn.hoptac.partners.OrganisationQuery;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.Role;

/**
 * Who can sign in on a new installation. In demo mode: demo accounts, all with password
 * {@code demo}. Otherwise no default password exists: the first administrator comes from
 * {@code HOPTAC_ADMIN_USERNAME} / {@code HOPTAC_ADMIN_PASSWORD} and must change the password at
 * first sign-in.
 */
@Component
@Order(2)
class InitialAccounts implements ApplicationRunner {

	static final String DEMO_PASSWORD = "demo";

	/** The unit of the demo department focal official (from the seed data). */
	static final String DEMO_UNIT = "Sở Kế hoạch và Đầu tư tỉnh Thái Nguyên";

	private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

	private final UserService users;

	private final LocalityService localities;

	private final OrganisationService organisations;

	private final DemoMode demoMode;

	private final Environment environment;

	InitialAccounts(UserService users, LocalityService localities, OrganisationService organisations,
			DemoMode demoMode, Environment environment) {
		this.users = users;
		this.organisations = organisations;
		this.localities = localities;
		this.demoMode = demoMode;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		Access.asSystem(() -> {
			if (demoMode.isEnabled()) {
				createDemoAccounts();
			}
			else if (!users.anyUser()) {
				createFirstAdministrator();
			}
			return null;
		});
	}

	private void createDemoAccounts() {
		demo("admin", "Quản trị hệ thống", Role.ADMIN, null);
		demo("mofa", "Chuyên viên Bộ Ngoại giao", Role.NATIONAL_ANALYST, null);
		demo("thainguyen", "Sở Ngoại vụ Thái Nguyên", Role.PROVINCE_OFFICER, "VN-19");
		demo("langson", "Sở Ngoại vụ Lạng Sơn", Role.PROVINCE_OFFICER, "VN-20");
		demo("danang", "Sở Ngoại vụ Đà Nẵng", Role.PROVINCE_OFFICER, "VN-48");
		demo("thainguyen-lead", "Lãnh đạo Sở Ngoại vụ Thái Nguyên", Role.PROVINCE_ADMIN, "VN-19");
		demo("partner", "Gyeongsangbuk-do (partner)", Role.PARTNER, null);
		organisations.search(new OrganisationQuery(DEMO_UNIT, Countries.VIETNAM, null, null), PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.ifPresent(unit -> demo("thainguyen-dpi", unit.getNames().vi(), Role.DEPARTMENT_FOCAL, "VN-19",
					unit.getId()));
	}

	private void demo(String username, String displayName, Role role, String provinceCode) {
		demo(username, displayName, role, provinceCode, null);
	}

	private void demo(String username, String displayName, Role role, String provinceCode, Long unit) {
		if (users.findByUsername(username).isEmpty()) {
			Long province = provinceCode == null ? null : localities.getByCode(provinceCode).getId();
			users.register(new UserDraft(username, displayName, role, province, unit, true), DEMO_PASSWORD, false);
		}
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
