package vn.hoptac.reviews.internal;

import org.springframework.stereotype.Component;

import vn.hoptac.shared.SortKeyMigration;

/** Reviews are listed by their partnership's title in Vietnamese order, like every other record. */
@Component
class ReviewSortKeys extends SortKeyMigration {

	ReviewSortKeys() {
		super("54.1", "partnership_review", "title");
	}

}
