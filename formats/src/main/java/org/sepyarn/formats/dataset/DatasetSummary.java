package org.sepyarn.formats.dataset;

import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * What an {@code info} command shows about a dataset: its axes, element format, size in bytes,
 * where its binary is, and the title lines of the programs recorded in its history. A plain data
 * object; presenting it is the caller's business.
 *
 * @param header the header's qualified path
 * @param cube the axes
 * @param format the element format ({@code data_format}, {@code esize})
 * @param byteCount bytes of sample data
 * @param binary the parts of the binary, in order
 * @param programTitles the history's program title lines, oldest first
 */
public record DatasetSummary(Path header, Hypercube cube, ElementFormat format, long byteCount,
    List<BinaryPart> binary, List<String> programTitles) {
  public DatasetSummary {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(cube, "cube");
    Objects.requireNonNull(format, "format");
    binary = List.copyOf(binary);
    programTitles = List.copyOf(programTitles);
  }

  public long elementCount() {
    return cube.elementCount();
  }
}
