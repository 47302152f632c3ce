package vn.hoptac.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.domain.Specification;

/** Filters say whether they restrict a list without a query being built ({@link RecordList}). */
class FacetFiltersTests {

	@Test
	void filtersWithoutValuesRestrictNothing() {
		FacetFilters<Object> none = FacetFilters.of()
			.and("country", Specs.equalTo("foreignCountry", null))
			.and("ids", Specs.in("id", null))
			.and("field", Specs.has("fields", null))
			.and("decade", Specs.inYears("signedOn", null, null))
			.and("at", Specs.inForceOn("validFrom", "validTo", null))
			.and("since", Specs.atLeast("changedAt", null))
			.and("locality", Specification.unrestricted());
		assertThat(none.restricts()).isFalse();
		assertThat(Specs.holdsNoValue(none.all())).isTrue();
	}

	@Test
	void oneValueRestricts() {
		FacetFilters<Object> one = FacetFilters.of()
			.and("country", Specs.equalTo("foreignCountry", null))
			.and("decade", Specs.inYears("signedOn", 2015, null));
		assertThat(one.restricts()).isTrue();
		assertThat(Specs.holdsNoValue(one.all())).isFalse();
		assertThat(one.all()).isInstanceOf(FacetFilters.Selection.class);
	}

}
