package vn.hoptac.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.hoptac.demo.DemoMode;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.identity.UserDraft;
import vn.hoptac.identity.UserService;
import vn.hoptac.partners.OrganisationQuery;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.PageAttributes;
import vn.hoptac.shared.Role;

/**
 * In demo mode: one account per role, all with password {@code demo}, created after the seed data
 * (the department focal official belongs to a seeded unit) and before identity would ask for a first
 * administrator; the sign-in page names them.
 */
@Component
@Order(2)
class DemoAccounts implements ApplicationRunner, PageAttributes {

	static final String PASSWORD = "demo";

	/** The unit of the demo department focal official (from the seed data). */
	static final String UNIT = "Sở Kế hoạch và Đầu tư tỉnh Thái Nguyên";

	/** The accounts the sign-in page names, in this order, if they exist. */
	static final List<String> NAMED_AT_SIGN_IN = List.of("admin", "mofa", "thainguyen-lead", "thainguyen",
			"thainguyen-dpi", "langson", "danang", "partner");

	private final DemoMode demoMode;

	private final UserService users;

	private final LocalityService localities;

	private final OrganisationService organisations;

	DemoAccounts(DemoMode demoMode, UserService users, LocalityService localities, OrganisationService organisations) {
		this.demoMode = demoMode;
		this.users = users;
		this.localities = localities;
		this.organisations = organisations;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demoMode.isEnabled()) {
			Access.asSystem(() -> {
				create();
				return null;
			});
		}
	}

	private void create() {
		account("admin", "Quản trị hệ thống", Role.ADMIN, null, null);
		account("mofa", "Chuyên viên Bộ Ngoại giao", Role.NATIONAL_ANALYST, null, null);
		account("thainguyen", "Sở Ngoại vụ Thái Nguyên", Role.PROVINCE_OFFICER, "VN-19", null);
		account("langson", "Sở Ngoại vụ Lạng Sơn", Role.PROVINCE_OFFICER, "VN-20", null);
		account("danang", "Sở Ngoại vụ Đà Nẵng", Role.PROVINCE_OFFICER, "VN-48", null);
		account("thainguyen-lead", "Lãnh đạo Sở Ngoại vụ Thái Nguyên", Role.PROVINCE_ADMIN, "VN-19", null);
		account("partner", "Gyeongsangbuk-do (partner)", Role.PARTNER, null, null);
		organisations.search(new OrganisationQuery(UNIT, Countries.VIETNAM, null, null), PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.ifPresent(unit -> account("thainguyen-dpi", unit.getNames().vi(), Role.DEPARTMENT_FOCAL, "VN-19",
					unit.getId()));
	}

	private void account(String username, String displayName, Role role, String provinceCode, Long unit) {
		if (users.findByUsername(username).isEmpty()) {
			Long province = provinceCode == null ? null : localities.getByCode(provinceCode).getId();
			users.register(new UserDraft(username, displayName, role, province, unit, true, demoAddress(username), true),
					PASSWORD, false);
		}
		else {
			users.addressIfNone(username, demoAddress(username)); // accounts made before users had addresses
		}
	}

	/** An address that can never be delivered (RFC 6761's .invalid), so the demo mails nobody. */
	private static String demoAddress(String username) {
		return username + "@example.invalid";
	}

	@Override
	public void addTo(Map<String, Object> model, HttpServletRequest request) {
		if (demoMode.isEnabled() && request.getRequestURI().equals(request.getContextPath() + "/login")) {
			model.put("demoAccounts", NAMED_AT_SIGN_IN.stream().map(users::findByUsername).flatMap(Optional::stream).toList());
		}
	}

}
