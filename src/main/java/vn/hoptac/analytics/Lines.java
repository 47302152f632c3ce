package vn.hoptac.analytics;

import java.util.Arrays;

/**
 * The lines of a network as its link rows are read: actors numbered as they come (an actor's number
 * as {@code NetworkService} codes it), one line per ordered pair of a Vietnamese and a foreign actor,
 * with its records by kind and the first year among them. Kept in arrays of primitives: the nation's
 * network folds two hundred thousand rows into a hundred thousand lines.
 */
final class Lines {

	private static final int KINDS = LinkKind.values().length;

	private static final int UNDATED = Integer.MAX_VALUE;

	private final LongIndex actors = new LongIndex(1 << 12);

	private final LongIndex pairs = new LongIndex(1 << 16);

	private long[] records = new long[(1 << 16) * KINDS];

	private int[] firstYear = new int[1 << 16];

	/** Adds records of a kind between two actors (distinct), of a year (null: undated). */
	void add(long vnActor, long foreignActor, LinkKind kind, long count, Integer year) {
		int known = pairs.size();
		int line = pairs.add((long) actors.add(vnActor) << 32 | actors.add(foreignActor));
		if (line == known) {
			if (line == firstYear.length) {
				records = Arrays.copyOf(records, records.length * 2);
				firstYear = Arrays.copyOf(firstYear, firstYear.length * 2);
			}
			firstYear[line] = UNDATED;
		}
		records[line * KINDS + kind.ordinal()] += count;
		if (year != null && year < firstYear[line]) {
			firstYear[line] = year;
		}
	}

	int actorCount() {
		return actors.size();
	}

	/** The actor of a number, as it was added. */
	long actor(int number) {
		return actors.key(number);
	}

	int count() {
		return pairs.size();
	}

	int vn(int line) {
		return (int) (pairs.key(line) >>> 32);
	}

	int foreign(int line) {
		return (int) pairs.key(line);
	}

	long records(int line, LinkKind kind) {
		return records[line * KINDS + kind.ordinal()];
	}

	/** All the records of a line. */
	long records(int line) {
		long sum = 0;
		for (int k = 0; k < KINDS; k++) {
			sum += records[line * KINDS + k];
		}
		return sum;
	}

	/** The first year of the line's dated records; null when none is dated. */
	Integer firstYear(int line) {
		return firstYear[line] == UNDATED ? null : firstYear[line];
	}

}
