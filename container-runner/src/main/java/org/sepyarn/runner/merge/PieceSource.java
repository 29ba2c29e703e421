package org.sepyarn.runner.merge;

import java.io.Closeable;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.dataset.WindowSource;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/**
 * One committed piece as a merge reads it. A merge of a few pieces keeps each piece's streams open
 * between reads; a merge of many (a 5,000-shot image summed) must not hold thousands of open
 * streams in one process, so each read then opens the piece, reads and closes it again: the open
 * readers are bounded by the threads reading, not by the number of pieces.
 */
public final class PieceSource implements WindowSource, Closeable {
  /** Up to this many pieces, a merge keeps every piece open. */
  public static final int MAX_KEPT_OPEN = 64;

  private final Dataset dataset;
  private final Configuration conf;
  private final boolean keepOpen;
  private DatasetReader reader;

  public PieceSource(Dataset dataset, Configuration conf, boolean keepOpen) {
    this.dataset = dataset;
    this.conf = conf;
    this.keepOpen = keepOpen;
  }

  /** Whether a merge of {@code pieces} pieces keeps them open between reads. */
  public static boolean keepOpen(int pieces) {
    return pieces <= MAX_KEPT_OPEN;
  }

  public Dataset dataset() {
    return dataset;
  }

  @Override
  public Hypercube cube() {
    return dataset.cube();
  }

  @Override
  public ElementFormat format() {
    return dataset.format();
  }

  @Override
  public void readWindow(Window window, byte[] dst, int offset) throws IOException {
    if (keepOpen) {
      openReader().readWindow(window, dst, offset);
      return;
    }
    try (DatasetReader once = new DatasetReader(dataset, conf)) {
      once.readWindow(window, dst, offset);
    }
  }

  private synchronized DatasetReader openReader() {
    if (reader == null) {
      reader = new DatasetReader(dataset, conf);
    }
    return reader;
  }

  @Override
  public synchronized void close() throws IOException {
    if (reader != null) {
      reader.close();
      reader = null;
    }
  }

  @Override
  public String toString() {
    return "piece " + dataset.header();
  }
}
