package org.sepyarn.formats.sep3d;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;

/**
 * The smallest and largest value of one header key over all records (NaN when there are no
 * records or, for a float key, every value is NaN).
 */
public record KeyRange(HeaderKey key, double min, double max) {
  /** The range of every key of {@code dataset}, from one pass over its header records. */
  public static List<KeyRange> scan(Sep3dDataset dataset, Configuration conf) throws IOException {
    int n = dataset.keys().size();
    double[] min = new double[n];
    double[] max = new double[n];
    java.util.Arrays.fill(min, Double.NaN);
    java.util.Arrays.fill(max, Double.NaN);
    try (HeaderReader reader = new HeaderReader(dataset, conf)) {
      reader.scan((record, words, offset) -> {
        for (int k = 0; k < n; k++) {
          double v = dataset.keys().get(k).type().value(words[offset + k]);
          if (!Double.isNaN(v)) {
            min[k] = Double.isNaN(min[k]) ? v : Math.min(min[k], v);
            max[k] = Double.isNaN(max[k]) ? v : Math.max(max[k], v);
          }
        }
      });
    }
    List<KeyRange> ranges = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      ranges.add(new KeyRange(dataset.keys().get(k), min[k], max[k]));
    }
    return ranges;
  }
}
