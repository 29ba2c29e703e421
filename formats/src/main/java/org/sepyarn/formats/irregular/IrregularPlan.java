package org.sepyarn.formats.irregular;

import java.util.List;

/**
 * Where every header record of an irregular split goes: the keys' blocks and, for each block
 * (key 1's index fastest), its records. A record falls in every block whose widened ranges hold
 * its keys, so with overlap it may be in several blocks.
 */
public record IrregularPlan(List<KeyBlocks> keys, List<IrregularBlock> blocks) {
  public IrregularPlan {
    keys = List.copyOf(keys);
    blocks = List.copyOf(blocks);
  }

  public int blockCount() {
    return blocks.size();
  }

  /** The blocks that no record falls in. */
  public List<IrregularBlock> emptyBlocks() {
    return blocks.stream().filter(IrregularBlock::isEmpty).toList();
  }

  /** Records summed over all blocks: the record count plus the copies the overlap makes. */
  public long assignedRecords() {
    return blocks.stream().mapToLong(b -> b.records().length).sum();
  }
}
