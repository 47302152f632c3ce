package vn.hoptac.identity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.identity.internal.AccessToken;
import vn.hoptac.identity.internal.AccessTokenRepository;
import vn.hoptac.identity.internal.SignInThrottle;
import vn.hoptac.identity.internal.UserRepository;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.RuleViolationException;

/** User administration (administrators), one's own password, language and access tokens. */
@Service
@Transactional(readOnly = true)
public class UserService {

	static final String ENTITY = "user";

	static final int MIN_PASSWORD_LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** One address: a local part and a domain with a dot, no spaces (what a mail server can deliver to). */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final UserRepository users;

	private final AccessTokenRepository tokens;

	private final PasswordEncoder passwords;

	private final LocalityService localities;

	private final OrganisationService organisations;

	private final ChangeRecorder changes;

	private final SignInThrottle signInThrottle;

	private final Clock clock;

	UserService(UserRepository users, AccessTokenRepository tokens, PasswordEncoder passwords,
			LocalityService localities, OrganisationService organisations, ChangeRecorder changes,
			SignInThrottle signInThrottle, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.passwords = passwords;
		this.localities = localities;
		this.organisations = organisations;
		this.changes = changes;
		this.signInThrottle = signInThrottle;
		this.clock = clock;
	}

	public ListPage<User> list(Pageable pageable) {
		Access.checkRole(Role.ADMIN);
		return ListPage.read(users.findAll(pageable), User.class, Specification.unrestricted());
	}

	public User get(long id) {
		Access.checkRole(Role.ADMIN);
		return find(id);
	}

	public Optional<User> findByUsername(String username) {
		return users.findByUsername(username);
	}

	/** The signed-in user. */
	public Optional<User> current() {
		return Access.current().flatMap(actor -> users.findByUsername(actor.username()));
	}

	public boolean anyUser() {
		return users.count() > 0;
	}

	@Transactional
	public User create(UserDraft draft, String password) {
		Access.checkRole(Role.ADMIN);
		validate(draft, null);
		var errors = new RuleViolationException.Collector();
		checkPassword(password, "password", errors);
		errors.throwIfAny();
		return register(draft, password, true);
	}

	/** Creates a user without an actor check: for demo accounts and the first administrator. */
	@Transactional
	public User register(UserDraft draft, String password, boolean mustChangePassword) {
		User user = users.save(new User(draft.username().trim(), passwords.encode(password), draft.displayName(),
				draft.role(), draft.provinceId(), draft.organisationId(), emailOf(draft), draft.digestEnabled(),
				mustChangePassword, clock.instant()));
		changes.created(ENTITY, user.getId(), user.getUsername(), user);
		return user;
	}

	@Transactional
	public User update(long id, UserDraft draft, Long expectedVersion) {
		Access.checkRole(Role.ADMIN);
		User user = find(id);
		changes.checkVersion(ENTITY, id, expectedVersion, user);
		validate(draft, user);
		String before = changes.snapshot(user);
		user.assign(draft.displayName(), draft.role(), draft.provinceId(), draft.organisationId(), draft.enabled(),
				emailOf(draft), draft.digestEnabled());
		users.saveAndFlush(user);
		changes.updated(ENTITY, id, user.getUsername(), before, user);
		return user;
	}

	/**
	 * An administrator sets a temporary password; the user must change it at next sign-in. Their
	 * signed-in sessions end and their personal access tokens are revoked; delayed sign-ins are forgiven.
	 */
	@Transactional
	public void resetPassword(long id, String password) {
		Access.checkRole(Role.ADMIN);
		var errors = new RuleViolationException.Collector();
		checkPassword(password, "password", errors);
		errors.throwIfAny();
		User user = find(id);
		user.changePassword(passwords.encode(password), true);
		List<AccessToken> revoked = tokens.findByUserIdOrderByCreatedAt(id);
		tokens.deleteAll(revoked);
		signInThrottle.forget(user.getUsername());
		changes.updated(ENTITY, id, user.getUsername() + ": password reset, %d access token(s) revoked"
			.formatted(revoked.size()), null, user);
	}

	/** The user's own change; their other signed-in sessions end (the current one is renewed by its page). */
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword) {
		User user = currentOrFail();
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(!passwords.matches(currentPassword == null ? "" : currentPassword, user.getPasswordHash()),
				"currentPassword", "user.password.wrong");
		checkPassword(newPassword, "newPassword", errors);
		errors.rejectIf(newPassword != null && newPassword.equals(currentPassword), "newPassword",
				"user.password.unchanged");
		errors.throwIfAny();
		user.changePassword(passwords.encode(newPassword), false);
		changes.updated(ENTITY, user.getId(), user.getUsername() + ": password changed", null, user);
	}

	/**
	 * Who gets the daily digest of reminders: enabled users with a provincial role (those responsible
	 * for a province's or a unit's records) who gave an address and want it. For system tasks.
	 */
	public List<User> digestRecipients() {
		return users.findAll(Sort.by("id"))
			.stream()
			.filter(u -> u.isEnabled() && u.isDigestEnabled() && u.getEmail() != null && u.getRole().isProvincial())
			.toList();
	}

	/** Gives a (demo) account an address if it has none. */
	@Transactional
	public void addressIfNone(String username, String email) {
		users.findByUsername(username).filter(u -> u.getEmail() == null).ifPresent(u -> u.assign(u.getDisplayName(),
				u.getRole(), u.getProvinceId(), u.getOrganisationId(), u.isEnabled(), email, u.isDigestEnabled()));
	}

	@Transactional
	public void chooseLanguage(String language) {
		current().ifPresent(user -> user.chooseLanguage(language));
	}

	@Transactional
	public IssuedToken issueToken(String name) {
		User user = currentOrFail();
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(name == null || name.isBlank(), "name", "validation.required");
		errors.throwIfAny();
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "hpt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		AccessToken saved = tokens.save(new AccessToken(user.getId(), name.trim(), hash(token), clock.instant(), null));
		changes.created("token", saved.getId(), user.getUsername() + ": " + saved.getName(), null);
		return new IssuedToken(saved.getId(), saved.getName(), token);
	}

	public List<AccessToken> ownTokens() {
		return tokens.findByUserIdOrderByCreatedAt(currentOrFail().getId());
	}

	@Transactional
	public void revokeToken(long tokenId) {
		User user = currentOrFail();
		AccessToken token = tokens.findById(tokenId)
			.filter(t -> t.getUserId().equals(user.getId()))
			.orElseThrow(() -> new NotFoundException("token", tokenId));
		tokens.delete(token);
		changes.deleted("token", tokenId, user.getUsername() + ": " + token.getName(), null);
	}

	/** The user a token belongs to, if the token is known and valid; records its use. */
	@Transactional
	public Optional<User> authenticateToken(String token) {
		return tokens.findByTokenHash(hash(token)).filter(t -> t.isValidAt(clock.instant())).flatMap(t -> {
			t.usedAt(clock.instant());
			return users.findById(t.getUserId()).filter(User::isEnabled);
		});
	}

	private User currentOrFail() {
		Access.required();
		return current().orElseThrow(() -> new NotFoundException(ENTITY, Access.required().username()));
	}

	private User find(long id) {
		return users.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private void validate(UserDraft draft, User existing) {
		var errors = new RuleViolationException.Collector();
		if (existing == null) {
			boolean blank = draft.username() == null || draft.username().isBlank();
			errors.rejectIf(blank, "username", "validation.required");
			errors.rejectIf(!blank && !draft.username().trim().matches("[a-zA-Z0-9._-]{3,60}"), "username",
					"user.username.format");
			errors.rejectIf(!blank && users.existsByUsername(draft.username().trim()), "username",
					"validation.duplicateCode", draft.username());
		}
		errors.rejectIf(draft.displayName() == null || draft.displayName().isBlank(), "displayName",
				"validation.required");
		errors.rejectIf(draft.role() == null, "role", "validation.required");
		if (draft.role() != null && draft.role().isProvincial()) {
			Locality province = draft.provinceId() == null ? null
					: localities.byIds(List.of(draft.provinceId())).get(draft.provinceId());
			errors.rejectIf(province == null || !Countries.VIETNAM.equals(province.getCountry())
					|| !province.getLevel().isProvincial() || province.getValidTo() != null, "provinceId",
					"user.province.required");
		}
		String email = emailOf(draft);
		errors.rejectIf(email != null && (email.length() > User.EMAIL_LENGTH || !EMAIL.matcher(email).matches()),
				"email", "user.email.format", User.EMAIL_LENGTH);
		errors.rejectIf(draft.role() == Role.DEPARTMENT_FOCAL && (draft.organisationId() == null
				|| organisations.byIds(List.of(draft.organisationId())).isEmpty()), "organisationId",
				"user.organisation.required");
		errors.throwIfAny();
	}

	/** The address as stored: trimmed, none when blank. */
	private static String emailOf(UserDraft draft) {
		return draft.email() == null || draft.email().isBlank() ? null : draft.email().trim();
	}

	private static void checkPassword(String password, String field, RuleViolationException.Collector errors) {
		errors.rejectIf(password == null || password.length() < MIN_PASSWORD_LENGTH, field, "user.password.tooShort",
				MIN_PASSWORD_LENGTH);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes()));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
