package org.sepyarn.formats.segy;

import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.element.ElementFormat;

/**
 * What every trace of a SEG-Y file written from a dataset shares: its samples per trace (the
 * dataset's {@code n1}) and sample interval in microseconds (its {@code d1} in seconds). A dataset
 * imported from a file without a sample interval (the import wrote {@code d1=1}) gets 0 back.
 *
 * @param samples samples per trace, 1..65535
 * @param dtMicros the sample interval in microseconds, 0..65535
 */
public record SegySampling(int samples, int dtMicros) {
  /**
   * The sampling of {@code dataset}.
   *
   * @throws IllegalArgumentException naming the dataset and what does not fit SEG-Y, and how to fix it
   */
  public static SegySampling of(Dataset dataset) {
    ElementFormat element = dataset.format();
    if (element.kind() != ElementFormat.Kind.FLOAT) {
      throw new IllegalArgumentException("dataset " + dataset.header() + " holds " + element.name() + " samples; SEG-Y "
          + "export writes float samples only (data_format=xdr_float or native_float)");
    }
    int samples = dataset.cube().n(1);
    if (samples > 0xffff) {
      throw new IllegalArgumentException("dataset " + dataset.header() + " has n1=" + samples + " samples per trace; "
          + "SEG-Y holds at most 65535");
    }
    double d1 = dataset.cube().axis(1).d();
    long dt = Math.round(d1 * 1e6);
    byte[] kept = SegyHistory.bytes(dataset.history(), SegyHistory.BINARY, BinaryHeaderField.BYTES).orElse(null);
    if (kept != null && BinaryHeaderField.HDT.get(kept) == 0 && d1 == 1) {
      dt = 0; // imported from a file without a sample interval, which the import wrote as d1=1
    }
    if (dt < 0 || dt > 0xffff) {
      throw new IllegalArgumentException("dataset " + dataset.header() + " has d1=" + d1 + " s, which as a SEG-Y sample"
          + " interval in microseconds is not in 0..65535: SEG-Y axis 1 is time in seconds; set d1 to the sample"
          + " interval in seconds (for example d1=0.004)");
    }
    return new SegySampling(samples, (int) dt);
  }

  /** Bytes of one SEG-Y trace: its 240-byte header and its 4-byte samples. */
  public long traceBytes() {
    return TraceHeaderField.BYTES + 4L * samples;
  }
}
