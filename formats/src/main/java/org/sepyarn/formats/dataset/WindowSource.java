package org.sepyarn.formats.dataset;

import java.io.IOException;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/**
 * Anything whose samples can be read by hyper-rectangular window: a dataset on a file system, a
 * piece of a job's output, or an in-memory fake in tests. The one narrow interface merges read
 * through.
 */
public interface WindowSource {
  /** The grid of the samples. */
  Hypercube cube();

  /** How each sample is stored. */
  ElementFormat format();

  /**
   * Reads the samples of {@code window} (which must fit in {@link #cube()}) in storage order,
   * axis 1 fastest, as raw bytes in {@link #format()} into {@code dst} from {@code offset}. The
   * caller sizes {@code dst} to hold {@code window.elementCount() * format().esize()} bytes.
   */
  void readWindow(Window window, byte[] dst, int offset) throws IOException;
}
