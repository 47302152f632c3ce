package vn.hoptac.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.springframework.core.Ordered;

/**
 * Values derived from records (names, a locality's history), remembered until one of those records
 * changes: the owner calls {@link #forget} once the change has committed. A value computed while a
 * change committed is not remembered, so a stale value cannot outlive the change. Holds at most
 * {@code capacity} values; beyond that it starts afresh.
 * <p>
 * A cache whose values are built from another cache's forgets after it, or a value built in
 * between from the other's stale value would stay: the listeners that forget are ordered
 * {@link #FORGETS_FIRST} and {@link #FORGETS_AFTER}.
 */
public final class RecordCache<K, V> {

	/** The order of a listener that forgets values other caches are built from. */
	public static final int FORGETS_FIRST = Ordered.HIGHEST_PRECEDENCE;

	/** The order of a listener that forgets values built from other caches' values. */
	public static final int FORGETS_AFTER = Ordered.LOWEST_PRECEDENCE;

	private final Map<K, V> values = new ConcurrentHashMap<>();

	private final AtomicLong changes = new AtomicLong();

	private final int capacity;

	public RecordCache(int capacity) {
		this.capacity = capacity;
	}

	public V get(K key, Function<K, V> compute) {
		V known = values.get(key);
		if (known != null) {
			return known;
		}
		long before = changes.get();
		V computed = compute.apply(key);
		remember(before, Map.of(key, computed));
		return computed;
	}

	/** The values of the keys (null keys and keys without a value left out), loading the missing ones in one call. */
	public Map<K, V> getAll(Collection<K> keys, Function<List<K>, Map<K, V>> loadMissing) {
		Map<K, V> found = new HashMap<>();
		List<K> missing = keys.stream().filter(Objects::nonNull).distinct().filter(key -> {
			V known = values.get(key);
			if (known != null) {
				found.put(key, known);
			}
			return known == null;
		}).toList();
		if (!missing.isEmpty()) {
			long before = changes.get();
			Map<K, V> loaded = loadMissing.apply(missing);
			found.putAll(loaded);
			remember(before, loaded);
		}
		return found;
	}

	public void forget(K key) {
		changes.incrementAndGet();
		if (key != null) {
			values.remove(key);
		}
	}

	public void forgetAll() {
		changes.incrementAndGet();
		values.clear();
	}

	private void remember(long changesBefore, Map<K, V> computed) {
		if (changes.get() != changesBefore) {
			return;
		}
		if (values.size() + computed.size() > capacity) {
			values.clear();
		}
		values.putAll(computed);
	}

}
