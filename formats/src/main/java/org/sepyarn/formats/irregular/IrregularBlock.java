package org.sepyarn.formats.irregular;

import java.util.List;

/**
 * One block of an irregular split: its index along each key, its range and widened range on each
 * key, and the 0-based header records whose keys fall in the widened ranges, in increasing order.
 *
 * @param index the block's number, key 1's block index varying fastest
 * @param position the block index along each key
 * @param records the header records in the block, increasing
 */
public record IrregularBlock(int index, int[] position, List<KeyBlocks> keys, long[] records) {
  public boolean isEmpty() {
    return records.length == 0;
  }

  /** The unwidened range along key {@code k}: {@code [start, end]}. */
  public double start(int k) {
    return keys.get(k).start(position[k]);
  }

  public double end(int k) {
    return keys.get(k).end(position[k]);
  }

  /** Whether the values of a record's keys fall in this block widened by the overlap. */
  public boolean contains(double[] values) {
    for (int k = 0; k < keys.size(); k++) {
      if (!keys.get(k).contains(position[k], values[k])) {
        return false;
      }
    }
    return true;
  }

  /** The block for messages: {@code cmp_x [0, 250) cmp_y [0, 100], 1234 records}. */
  public String describe() {
    StringBuilder sb = new StringBuilder("block " + index + ":");
    for (int k = 0; k < keys.size(); k++) {
      KeyBlocks kb = keys.get(k);
      sb.append(' ').append(kb.key()).append(" [").append(start(k)).append(", ").append(end(k))
          .append(position[k] == kb.count() - 1 ? "]" : ")");
    }
    return sb.append(", ").append(records.length).append(records.length == 1 ? " record" : " records").toString();
  }
}
