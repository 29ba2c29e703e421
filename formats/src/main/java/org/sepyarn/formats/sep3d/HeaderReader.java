package org.sepyarn.formats.sep3d;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.OptionalInt;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.dataset.InvalidDatasetException;

/**
 * Reads the header records of a SEP3D dataset with positional reads: all of them in order, or a
 * set of them by record number, consecutive records fetched together. Memory is bounded by the
 * buffer size, whatever the number of records. A record is handed over as its raw 4-byte words
 * (the bits of each key, see {@link KeyType#value}).
 */
public final class HeaderReader implements Closeable {
  /** Receives header records one at a time; {@code words} is only valid during the call. */
  @FunctionalInterface
  public interface RecordVisitor {
    /**
     * @param record 0-based record number
     * @param words the record's words from {@code offset}, one per key
     */
    void record(long record, int[] words, int offset) throws IOException;
  }

  private final Sep3dDataset dataset;
  private final DatasetReader reader;
  private final int recordsPerRead;
  private final ByteOrder order;
  private final int keyCount;
  private final int drn;

  /** @param bufferBytes the most bytes one read fetches (at least one record is always read) */
  public HeaderReader(Sep3dDataset dataset, Configuration conf, int bufferBytes) {
    this.dataset = dataset;
    this.reader = new DatasetReader(dataset.headers(), conf);
    this.keyCount = dataset.keys().size();
    this.recordsPerRead = Math.max(1, bufferBytes / dataset.keys().recordBytes());
    this.order = dataset.headers().format().order();
    OptionalInt d = dataset.keys().indexOf(HeaderKey.DATA_RECORD_NUMBER);
    this.drn = d.orElse(-1);
  }

  public HeaderReader(Sep3dDataset dataset, Configuration conf) {
    this(dataset, conf, DatasetReader.DEFAULT_BUFFER_BYTES);
  }

  /** Visits every record in order. */
  public void scan(RecordVisitor visitor) throws IOException {
    scan(0, dataset.recordCount(), visitor);
  }

  /** Visits records {@code start .. start + count - 1} (0-based) in order. */
  public void scan(long start, long count, RecordVisitor visitor) throws IOException {
    if (start < 0 || count < 0 || start + count > dataset.recordCount()) {
      throw new IllegalArgumentException("header records " + start + ".." + (start + count - 1) + " (0-based) are not"
          + " among the " + dataset.recordCount() + " records of " + dataset.headers().header());
    }
    int[] words = new int[recordsPerRead * keyCount];
    byte[] bytes = new byte[recordsPerRead * keyCount * 4];
    long end = start + count;
    for (long first = start; first < end; first += recordsPerRead) {
      int n = (int) Math.min(recordsPerRead, end - first);
      read(first, n, bytes, words);
      for (int r = 0; r < n; r++) {
        visitor.record(first + r, words, r * keyCount);
      }
    }
  }

  /**
   * Visits the records whose 0-based numbers {@code records} lists, in that order; runs of
   * consecutive increasing numbers are read together.
   */
  public void read(long[] records, RecordVisitor visitor) throws IOException {
    int[] words = new int[recordsPerRead * keyCount];
    byte[] bytes = new byte[recordsPerRead * keyCount * 4];
    int i = 0;
    while (i < records.length) {
      long first = records[i];
      if (first < 0 || first >= dataset.recordCount()) {
        throw new IllegalArgumentException("header record " + first + " (0-based) is outside the "
            + dataset.recordCount() + " records of " + dataset.headers().header());
      }
      int run = 1;
      while (i + run < records.length && run < recordsPerRead && records[i + run] == first + run
          && first + run < dataset.recordCount()) {
        run++;
      }
      read(first, run, bytes, words);
      for (int r = 0; r < run; r++) {
        visitor.record(first + r, words, r * keyCount);
      }
      i += run;
    }
  }

  private void read(long first, int count, byte[] bytes, int[] words) throws IOException {
    int length = count * keyCount * 4;
    reader.readBytes(first * keyCount * 4, bytes, 0, length);
    ByteBuffer buf = ByteBuffer.wrap(bytes, 0, length).order(order);
    for (int w = 0; w < count * keyCount; w++) {
      words[w] = buf.getInt();
    }
  }

  /**
   * The 0-based trace a record describes: its {@code data_record_number} minus one, or the record
   * number itself when the dataset has no such key.
   *
   * @throws InvalidDatasetException when {@code data_record_number} is outside 1..traces
   */
  public long traceOf(long record, int[] words, int offset) throws InvalidDatasetException {
    if (drn < 0) {
      return record;
    }
    int value = words[offset + drn];
    if (value < 1 || value > dataset.traceCount()) {
      throw new InvalidDatasetException("header record " + (record + 1) + " of " + dataset.headers().header()
          + " has data_record_number=" + value + " but the dataset holds traces 1.." + dataset.traceCount());
    }
    return value - 1L;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
