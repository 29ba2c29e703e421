package org.sepyarn.formats.merge;

import java.io.IOException;
import java.io.OutputStream;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * A validated plan for combining pieces into one output dataset, which it streams in storage order
 * (axis 1 fastest) with bounded memory.
 */
public interface Merge {
  /** The grid of the output. */
  Hypercube outputCube();

  /** How the output's samples are stored. */
  ElementFormat outputFormat();

  /** Bytes {@link #writeTo} writes: the output's element count times its element size. */
  default long outputBytes() {
    return outputCube().elementCount() * outputFormat().esize();
  }

  /**
   * Reads the pieces and writes exactly {@link #outputBytes()} bytes to {@code out}, which it
   * neither flushes nor closes.
   */
  default void writeTo(OutputStream out) throws IOException {
    writeRegion(out, OutputRegion.whole(outputCube()));
  }

  /**
   * Writes only {@code region} of the output, in storage order: the bytes {@link #writeTo} writes
   * for it, reading only the parts of the pieces it needs. Safe to call from several threads at
   * once when the pieces' window reads are.
   */
  void writeRegion(OutputStream out, OutputRegion region) throws IOException;
}
