package vn.hoptac.analytics;

import java.util.Arrays;

/**
 * Numbers long keys 0, 1, 2, … in the order they are first added: an open-addressing table of
 * primitives. The nation's network numbers some thousands of actors and a hundred thousand pairs of
 * them from two hundred thousand link rows; maps of boxed keys spent most of a request's time there.
 */
final class LongIndex {

	private static final int FREE = -1;

	private long[] keys;

	private long[] slotKeys;

	private int[] slotIndex;

	private int size;

	LongIndex(int expected) {
		int slots = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
		keys = new long[Math.max(16, expected)];
		slotKeys = new long[slots];
		slotIndex = new int[slots];
		Arrays.fill(slotIndex, FREE);
	}

	/** The key's number, given it now if it has none. */
	int add(long key) {
		int slot = slotOf(key);
		if (slotIndex[slot] != FREE) {
			return slotIndex[slot];
		}
		if (size == keys.length) {
			keys = Arrays.copyOf(keys, size * 2);
		}
		keys[size] = key;
		slotKeys[slot] = key;
		slotIndex[slot] = size;
		if (++size * 2 > slotKeys.length) {
			grow();
		}
		return size - 1;
	}

	/** The key's number, or -1 if it was never added. */
	int indexOf(long key) {
		return slotIndex[slotOf(key)];
	}

	long key(int index) {
		return keys[index];
	}

	int size() {
		return size;
	}

	/** The key's slot, or the free slot where it would go. */
	private int slotOf(long key) {
		int mask = slotKeys.length - 1;
		// mixed: the keys are small numbers or two of them side by side, which would crowd the low slots
		long mixed = key * 0x9E3779B97F4A7C15L;
		int slot = (int) (mixed ^ (mixed >>> 32)) & mask;
		while (slotIndex[slot] != FREE && slotKeys[slot] != key) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void grow() {
		slotKeys = new long[slotKeys.length * 2];
		slotIndex = new int[slotKeys.length];
		Arrays.fill(slotIndex, FREE);
		for (int i = 0; i < size; i++) {
			int slot = slotOf(keys[i]);
			slotKeys[slot] = keys[i];
			slotIndex[slot] = i;
		}
	}

}
