package vn.hoptac.shared;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * List items as an API list renders them in the reader's language, remembered per record: a page
 * whose items are all known needs neither its rows loaded nor its parties named again. Which
 * records a reader may list is decided before, by the list index, so an item is the same for
 * every reader of a language. Made by {@link ListItemCaches}, which passes on each committed
 * change: a record's items are forgotten when it changes, and all items when a record they show
 * something of (a party's name) does.
 */
public final class RenderedItems<T> {

	private final Map<Locale, RecordCache<Long, T>> byLanguage;

	private final String entity;

	private final Set<String> shown;

	/** See {@link ListItemCaches#create}. */
	RenderedItems(String entity, Set<String> shown, int capacity) {
		this.entity = entity;
		this.shown = Set.copyOf(shown);
		this.byLanguage = Languages.SUPPORTED.stream()
			.collect(Collectors.toUnmodifiableMap(Function.identity(), language -> new RecordCache<>(capacity)));
	}

	/**
	 * The items of these ids, in their order; the ones not known yet are rendered by one call,
	 * which leaves out records that no longer exist.
	 */
	public List<T> of(List<Long> ids, Function<List<Long>, Map<Long, T>> render) {
		RecordCache<Long, T> known = byLanguage.get(LocaleContextHolder.getLocale());
		Map<Long, T> items = known == null ? render.apply(ids) : known.getAll(ids, render);
		return ids.stream().map(items::get).filter(Objects::nonNull).toList();
	}

	void forget(RecordChanged change) {
		if (entity.equals(change.entity())) {
			byLanguage.values().forEach(items -> items.forget(change.entityId()));
		}
		else if (shown.contains(change.entity())) {
			forgetAll();
		}
	}

	void forgetAll() {
		byLanguage.values().forEach(RecordCache::forgetAll);
	}

}
