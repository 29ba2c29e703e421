package org.sepyarn.formats.irregular;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plans an irregular split from the header keys' values, without sorting: the keys' ranges come
 * from one pass over the values (unless given), then one more pass puts every record in each block
 * whose widened range holds its keys. Only the few blocks near a value are tested, so the cost is
 * proportional to the records times the blocks each one lands in.
 */
public final class IrregularPlanner {
  private IrregularPlanner() {
  }

  /**
   * Blocks over the range of the values of each key.
   *
   * @param names the keys' names, for messages
   * @param values {@code values[k][r]}: key {@code k}'s value in record {@code r}
   * @param blocks blocks per key
   * @param overlap overlap per key, in the key's units
   */
  public static IrregularPlan plan(List<String> names, double[][] values, int[] blocks, double[] overlap) {
    checkShape(names, values, blocks.length, overlap.length);
    List<KeyBlocks> keys = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int r = 0; r < values[k].length; r++) {
        double v = values[k][r];
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("header record " + (r + 1) + " has " + names.get(k) + "=" + v
              + ", which cannot be placed in a block: keys used to split must be finite numbers");
        }
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      if (values[k].length == 0) {
        min = 0;
        max = 0;
      }
      keys.add(KeyBlocks.over(names.get(k), min, max, blocks[k], overlap[k]));
    }
    return plan(keys, values);
  }

  /** Blocks over given ranges; records whose keys fall outside every widened block are in none. */
  public static IrregularPlan plan(List<KeyBlocks> keys, double[][] values) {
    checkShape(keys.stream().map(KeyBlocks::key).toList(), values, keys.size(), keys.size());
    int total = 1;
    for (KeyBlocks kb : keys) {
      total = Math.multiplyExact(total, kb.count());
    }
    int records = values.length == 0 ? 0 : values[0].length;
    LongList[] members = new LongList[total];
    for (int b = 0; b < total; b++) {
      members[b] = new LongList();
    }
    int rank = keys.size();
    int[] first = new int[rank];
    int[] last = new int[rank];
    int[] at = new int[rank];
    for (int r = 0; r < records; r++) {
      boolean anywhere = true;
      for (int k = 0; k < rank; k++) {
        double v = values[k][r];
        KeyBlocks kb = keys.get(k);
        first[k] = kb.firstCandidate(v);
        last[k] = kb.lastCandidate(v);
        while (first[k] <= last[k] && !kb.contains(first[k], v)) {
          first[k]++;
        }
        while (last[k] >= first[k] && !kb.contains(last[k], v)) {
          last[k]--;
        }
        anywhere &= first[k] <= last[k];
      }
      if (!anywhere) {
        continue;
      }
      System.arraycopy(first, 0, at, 0, rank);
      while (true) {
        int index = 0;
        for (int k = rank - 1; k >= 0; k--) {
          index = index * keys.get(k).count() + at[k];
        }
        members[index].add(r);
        int k = 0;
        while (k < rank && ++at[k] > last[k]) {
          at[k] = first[k];
          k++;
        }
        if (k == rank) {
          break;
        }
      }
    }
    List<IrregularBlock> blocks = new ArrayList<>(total);
    for (int b = 0; b < total; b++) {
      int[] position = new int[rank];
      int rest = b;
      for (int k = 0; k < rank; k++) {
        position[k] = rest % keys.get(k).count();
        rest /= keys.get(k).count();
      }
      blocks.add(new IrregularBlock(b, position, keys, members[b].toArray()));
    }
    return new IrregularPlan(keys, blocks);
  }

  private static void checkShape(List<String> names, double[][] values, int blocks, int overlaps) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("an irregular split needs at least one key");
    }
    if (values.length != names.size() || blocks != names.size() || overlaps != names.size()) {
      throw new IllegalArgumentException("an irregular split over keys " + names + " needs one block count and one "
          + "overlap per key, got " + blocks + " block counts and " + overlaps + " overlaps");
    }
    for (int k = 1; k < values.length; k++) {
      if (values[k].length != values[0].length) {
        throw new IllegalArgumentException("key " + names.get(k) + " has " + values[k].length + " values but key "
            + names.get(0) + " has " + values[0].length + ": give every key's value for every record");
      }
    }
  }

  /** A growable array of record numbers. */
  private static final class LongList {
    private long[] items = new long[4];
    private int size;

    void add(long v) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(items, size);
    }
  }
}
