package org.sepyarn.runner.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Objects;

/**
 * The piece of an irregular (SEP3D) input one task reads: its block's header records and those in
 * the block itself, as runs ({@link org.sepyarn.formats.irregular.RecordRuns}), the window of the
 * grid to keep, and what the piece's history says of the block. The runner reads only these
 * records and their traces.
 *
 * @param block the block's number
 * @param records the block's 0-based header records, as runs; empty for a block of no traces
 * @param core the records of {@code records} in the block itself, as runs
 * @param gridWindow the grid window to keep ({@link org.sepyarn.formats.geometry.Window#toString()}
 *     form), or null for the smallest one holding the records
 * @param parameters parameters of the piece's new history section
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IrregularInput(int block, String records, String core, String gridWindow,
    Map<String, String> parameters) {
  public IrregularInput {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(core, "core");
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
  }
}
