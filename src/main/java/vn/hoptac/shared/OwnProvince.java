package vn.hoptac.shared;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Province roles open a list on their own province: when the request sets no filter at all (the
 * list opened from the menu), the locality filter is the reader's province; any filter, even an
 * empty {@code locality=} ("all provinces"), is taken as given.
 */
public final class OwnProvince {

	/** Parameters that do not filter a list. */
	private static final Set<String> NOT_FILTERS = Set.of("lang");

	private OwnProvince() {
	}

	/** The locality to filter the list by: the requested one, or the province role's own on a bare list. */
	public static Long orRequested(HttpServletRequest request, Long requested) {
		if (requested != null || request.getParameterMap().keySet().stream().anyMatch(p -> !NOT_FILTERS.contains(p))) {
			return requested;
		}
		return Access.current()
			.filter(actor -> actor.role().isProvincial())
			.map(Actor::provinceId)
			.orElse(null);
	}

}
