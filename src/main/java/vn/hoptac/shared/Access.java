package vn.hoptac.shared;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.criteria.Path;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one place that says who may read and change a record. Services call it, so pages and API
 * obey the same rules: anonymous visitors read public records; partners read what is shared with
 * partners; provincial roles read their province's records and what others share; administrators
 * and national analysts read everything. Writes: administrators anywhere, province administrators
 * and officers in their province, department focal officials in their own unit of their province.
 * A write is checked on the record as it is and as it would be after the write, and may name only
 * records its writer can read.
 */
public final class Access {

	private Access() {
	}

	/** The current actor, if someone is signed in (or a system task runs). */
	public static Optional<Actor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Actor.Holder holder) {
			return Optional.of(holder.actor());
		}
		return Optional.empty();
	}

	/** The current actor; 401 when nobody is signed in. */
	public static Actor required() {
		return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in required"));
	}

	public static boolean canRead(Stewardship record) {
		return canRead(current().orElse(null), record);
	}

	public static boolean canRead(Actor actor, Stewardship record) {
		if (record.visibility() == Visibility.PUBLIC) {
			return true;
		}
		if (actor == null) {
			return false;
		}
		if (actor.role().readsEverything() || record.visibility() == Visibility.PARTNER) {
			return true;
		}
		return actor.role().isProvincial() && actor.provinceId() != null
				&& actor.provinceId().equals(record.provinceId());
	}

	public static boolean canWrite(Actor actor, Stewardship record) {
		if (actor == null) {
			return false;
		}
		return switch (actor.role()) {
			case ADMIN -> true;
			case PROVINCE_ADMIN, PROVINCE_OFFICER -> inOwnProvince(actor, record);
			case DEPARTMENT_FOCAL -> inOwnProvince(actor, record) && actor.organisationId() != null
					&& actor.organisationId().equals(record.organisationId());
			default -> false;
		};
	}

	private static boolean inOwnProvince(Actor actor, Stewardship record) {
		return actor.provinceId() != null && actor.provinceId().equals(record.provinceId());
	}

	/** 401 for anonymous visitors, 403 for others who may not read it. */
	public static void checkRead(Stewardship record) {
		if (!canRead(record)) {
			required();
			throw new AccessDeniedException("Not visible to you");
		}
	}

	/** 401 for anonymous visitors, 403 for others who may not change it. */
	public static void checkWrite(Stewardship record) {
		if (!canWrite(required(), record)) {
			throw new AccessDeniedException("Not yours to change");
		}
	}

	/**
	 * Deleting (a record, or an action from its history) is for administrators, and for province
	 * administrators within their province: officers and focal officials change records but do not
	 * remove them.
	 */
	public static boolean canDelete(Actor actor, Stewardship record) {
		return actor != null && (actor.role() == Role.ADMIN || actor.role() == Role.PROVINCE_ADMIN)
				&& canWrite(actor, record);
	}

	/** 401 for anonymous visitors, 403 for others who may not delete it. */
	public static void checkDelete(Stewardship record) {
		if (!canDelete(required(), record)) {
			throw new AccessDeniedException("Not yours to delete");
		}
	}

	/**
	 * 401 for anonymous visitors, 403 for roles that change nothing anywhere: checked before a new
	 * record's input, so that those roles learn nothing from its validation.
	 */
	public static Actor checkWriter() {
		Actor actor = required();
		if (!actor.role().writes()) {
			throw new AccessDeniedException("Role " + actor.role() + " changes no records");
		}
		return actor;
	}

	/** 401 for anonymous visitors, 403 unless the actor has one of the roles. */
	public static Actor checkRole(Role... roles) {
		Actor actor = required();
		if (!List.of(roles).contains(actor.role())) {
			throw new AccessDeniedException("Role " + actor.role() + " may not do this");
		}
		return actor;
	}

	/**
	 * What the current actor may read in a list: everything, or the records of the shared
	 * visibilities plus those kept by the actor's own province.
	 */
	public static ReadScope readScope() {
		Actor actor = current().orElse(null);
		if (actor == null) {
			return new ReadScope(false, Set.of(Visibility.PUBLIC), null);
		}
		if (actor.role().readsEverything()) {
			return new ReadScope(true, Set.of(Visibility.values()), null);
		}
		Long ownProvince = actor.role().isProvincial() ? actor.provinceId() : null;
		return new ReadScope(false, Set.of(Visibility.PUBLIC, Visibility.PARTNER), ownProvince);
	}

	/** Restricts a query to what the current actor may read; the entity has a {@code stewardship}. */
	public static <T> Specification<T> readable() {
		ReadScope scope = readScope();
		return (root, query, cb) -> {
			if (scope.everything()) {
				return null;
			}
			Path<Object> stewardship = root.get("stewardship");
			var shared = stewardship.get("visibility").in(scope.shared());
			return scope.ownProvince() == null ? shared
					: cb.or(shared, cb.equal(stewardship.get("provinceId"), scope.ownProvince()));
		};
	}

	/**
	 * Who will keep a record after it is created or changed, refused (401/403) unless that is within
	 * the writer's scope. The province is the current one of the record's Vietnamese party; when its
	 * parties imply none (a foreign seat, a national body), the record stays with the province that
	 * kept it, and a new one goes to the writer's. The unit is that of the department focal official
	 * who created the record. (An update checks the record as it was with {@link #checkWrite} too.)
	 */
	public static Stewardship stewardshipAfterWrite(Long partyProvinceId, Visibility visibility,
			Stewardship existing) {
		Actor actor = required();
		Long kept = existing != null ? existing.provinceId() : actor.provinceId();
		Long province = partyProvinceId != null ? partyProvinceId : kept;
		Long unit = existing != null ? existing.organisationId()
				: actor.role() == Role.DEPARTMENT_FOCAL ? actor.organisationId() : null;
		Stewardship stewardship = new Stewardship(province, unit, visibility);
		checkWrite(stewardship);
		return stewardship;
	}

	/** Runs a task as the system (seed loading, generators), with full rights. */
	public static <T> T asSystem(Supplier<T> task) {
		return as(Actor.SYSTEM, task);
	}

	/**
	 * Runs a task with the rights of another actor (a scheduled job working for each user in turn,
	 * such as a digest of what needs their attention), then restores whoever ran before, also when
	 * the task fails. Reads and writes inside are checked against {@code actor}, lists restricted to
	 * what {@code actor} may read.
	 */
	public static <T> T as(Actor actor, Supplier<T> task) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		Objects.requireNonNull(actor, "actor");
		Actor.Holder holder = () -> actor;
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(holder, null, List.of()));
		SecurityContextHolder.setContext(context);
		try {
			return task.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** {@link #readScope()}: all records, or those with a shared visibility or kept by one province. */
	public record ReadScope(boolean everything, Set<Visibility> shared, Long ownProvince) {
	}

}
