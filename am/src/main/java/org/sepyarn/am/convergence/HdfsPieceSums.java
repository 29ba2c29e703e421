package org.sepyarn.am.convergence;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.runner.spec.WorkLayout;

/** Reads a committed piece's sums from the work folder: a dataset of a few doubles. */
public final class HdfsPieceSums implements ConvergenceWatch.PieceSums {
  /** More than any sums piece holds: a piece this long is not one. */
  private static final long MAX_VALUES = 16;

  private final Configuration conf;
  private final WorkLayout work;

  public HdfsPieceSums(Configuration conf, WorkLayout work) {
    this.conf = conf;
    this.work = work;
  }

  @Override
  public double[] read(int task, String localName) throws IOException {
    try (DatasetReader reader = DatasetReader.open(work.piece(task, localName), conf)) {
      ElementFormat format = reader.format();
      long count = reader.cube().elementCount();
      if (format.kind() != ElementFormat.Kind.DOUBLE || count > MAX_VALUES) {
        throw new IOException("task " + task + "'s " + localName + " holds " + count + " " + format.name()
            + " values, not a few sums in double precision");
      }
      byte[] bytes = new byte[(int) count * format.esize()];
      reader.readBytes(0, bytes, 0, bytes.length);
      ByteBuffer buffer = ByteBuffer.wrap(bytes).order(format.order());
      double[] values = new double[(int) count];
      for (int i = 0; i < values.length; i++) {
        values[i] = buffer.getDouble();
      }
      return values;
    }
  }
}
