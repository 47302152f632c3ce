package vn.hoptac.monitoring;

import java.util.List;
import java.util.Optional;

import vn.hoptac.geo.LocalityService;

/** Where monitoring records are kept: the current province of a Vietnamese locality. */
final class Scopes {

	private Scopes() {
	}

	/** Empty for a locality that does not exist or is not Vietnamese: it names no province. */
	static Optional<Long> provinceOf(LocalityService localities, Long localityId) {
		if (localityId == null || localities.byIds(List.of(localityId)).isEmpty()) {
			return Optional.empty();
		}
		return localities.currentProvinceOf(localityId);
	}

}
