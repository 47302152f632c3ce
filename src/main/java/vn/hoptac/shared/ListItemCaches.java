package vn.hoptac.shared;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Makes the {@link RenderedItems} of API lists and tells them of every committed change, after the
 * caches their items are built from (party names, locality histories) have forgotten it.
 */
@Component
public class ListItemCaches {

	private final List<RenderedItems<?>> all = new CopyOnWriteArrayList<>();

	/**
	 * Items of the {@code entity}'s records, which show something of the {@code shown} entities'
	 * records; at most {@code capacity} per language.
	 */
	public <T> RenderedItems<T> create(String entity, Set<String> shown, int capacity) {
		RenderedItems<T> items = new RenderedItems<>(entity, shown, capacity);
		all.add(items);
		return items;
	}

	@TransactionalEventListener
	@Order(RecordCache.FORGETS_AFTER)
	void forget(RecordChanged change) {
		all.forEach(items -> items.forget(change));
	}

	@EventListener(RecordsReplaced.class)
	void forgetAll() {
		all.forEach(RenderedItems::forgetAll);
	}

}
