package vn.hoptac.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RecordCacheTests {

	private final AtomicInteger computed = new AtomicInteger();

	private String compute(Long id) {
		return "v" + id + "#" + computed.incrementAndGet();
	}

	@Test
	void remembersUntilTheRecordChanges() {
		RecordCache<Long, String> cache = new RecordCache<>(10);

		assertThat(cache.get(1L, this::compute)).isEqualTo("v1#1");
		assertThat(cache.get(1L, this::compute)).isEqualTo("v1#1");
		cache.forget(1L);
		assertThat(cache.get(1L, this::compute)).isEqualTo("v1#2");
	}

	@Test
	void aValueComputedWhileAChangeCommitsIsNotRemembered() {
		RecordCache<Long, String> cache = new RecordCache<>(10);

		String stale = cache.get(1L, id -> {
			cache.forget(id); // the change commits while the old state is being read
			return "old";
		});

		assertThat(stale).isEqualTo("old");
		assertThat(cache.get(1L, this::compute)).isEqualTo("v1#1");
	}

	@Test
	void loadsOnlyTheMissingKeysInOneCall() {
		RecordCache<Long, String> cache = new RecordCache<>(10);
		cache.get(1L, this::compute);
		AtomicInteger calls = new AtomicInteger();

		Map<Long, String> found = cache.getAll(java.util.Arrays.asList(1L, 2L, null, 3L, 2L), missing -> {
			calls.incrementAndGet();
			assertThat(missing).containsExactly(2L, 3L);
			return Map.of(2L, "two"); // 3 has no value
		});

		assertThat(found).containsOnly(Map.entry(1L, "v1#1"), Map.entry(2L, "two"));
		assertThat(calls).hasValue(1);
		assertThat(cache.getAll(List.of(2L), missing -> Map.of())).containsOnly(Map.entry(2L, "two"));
	}

	@Test
	void startsAfreshBeyondItsCapacity() {
		RecordCache<Long, String> cache = new RecordCache<>(2);
		cache.get(1L, this::compute);
		cache.get(2L, this::compute);

		cache.get(3L, this::compute);

		assertThat(cache.get(3L, this::compute)).isEqualTo("v3#3");
		assertThat(cache.get(1L, this::compute)).isEqualTo("v1#4");
	}

}
