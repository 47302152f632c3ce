package vn.hoptac.reviews;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One point of the checklist (objectives met, activities held, ...): a rating and what the reviewer wrote. */
@Embeddable
public record ChecklistItem(@Enumerated(EnumType.STRING) ChecklistRating rating, String note) {

	public static final ChecklistItem EMPTY = new ChecklistItem(null, null);

	public static ChecklistItem orEmpty(ChecklistItem item) {
		return item == null ? EMPTY : item;
	}

}
