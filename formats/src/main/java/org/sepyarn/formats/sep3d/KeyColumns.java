package org.sepyarn.formats.sep3d;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;

/**
 * The values of some header keys for every record, read in one pass over the header dataset:
 * {@code values()[k][r]} is key {@code k}'s value in record {@code r} (8 bytes per key and record
 * in memory).
 */
public record KeyColumns(List<String> names, double[][] values) {
  public static KeyColumns read(Sep3dDataset dataset, Configuration conf, List<String> names) throws IOException {
    int[] index = new int[names.size()];
    for (int k = 0; k < index.length; k++) {
      index[k] = dataset.keys().require(names.get(k), "the split");
    }
    long records = dataset.recordCount();
    if (records > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(dataset.headers().header() + " holds " + records + " header records, more "
          + "than one pass in memory can hold");
    }
    double[][] values = new double[names.size()][(int) records];
    try (HeaderReader reader = new HeaderReader(dataset, conf)) {
      reader.scan((record, words, offset) -> {
        for (int k = 0; k < index.length; k++) {
          values[k][(int) record] = dataset.keys().get(index[k]).type().value(words[offset + index[k]]);
        }
      });
    }
    return new KeyColumns(List.copyOf(names), values);
  }
}
