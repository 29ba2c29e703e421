package org.sepyarn.formats.segy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.history.History;

/**
 * The 3600 bytes that start a SEG-Y file written from a dataset: its 3200-byte textual header and
 * 400-byte binary header. The headers an import kept in the history ({@link SegyHistory}) are
 * written back, with the sample interval, samples per trace and sample format set to the data's
 * and no extended textual headers; otherwise new ones are made (text naming the source, revision
 * 1, fixed-length traces).
 */
public final class SegyFileHeader {
  /** Bytes of the textual and binary headers together. */
  public static final int BYTES = TextualHeader.BYTES + BinaryHeaderField.BYTES;

  private SegyFileHeader() {
  }

  /** The file headers of a file of {@code traces} traces of {@code dataset} in {@code format}. */
  public static byte[] of(Dataset dataset, SegySampling sampling, SampleFormat format, long traces) {
    History h = dataset.history();
    byte[] text = SegyHistory.bytes(h, SegyHistory.TEXT, TextualHeader.BYTES)
        .orElseGet(() -> newText(dataset, sampling, format, traces));
    byte[] binary = SegyHistory.bytes(h, SegyHistory.BINARY, BinaryHeaderField.BYTES).orElse(null);
    if (binary == null) {
      binary = new byte[BinaryHeaderField.BYTES];
      BinaryHeaderField.REVISION.set(binary, 0x0100);
      BinaryHeaderField.FIXED_LENGTH.set(binary, 1);
    }
    BinaryHeaderField.HDT.set(binary, sampling.dtMicros());
    BinaryHeaderField.HNS.set(binary, sampling.samples());
    BinaryHeaderField.FORMAT.set(binary, format.code());
    BinaryHeaderField.EXTENDED_HEADERS.set(binary, 0);
    byte[] all = new byte[BYTES];
    System.arraycopy(text, 0, all, 0, TextualHeader.BYTES);
    System.arraycopy(binary, 0, all, TextualHeader.BYTES, BinaryHeaderField.BYTES);
    return all;
  }

  private static byte[] newText(Dataset dataset, SegySampling sampling, SampleFormat format, long traces) {
    List<String> lines = new ArrayList<>();
    lines.add(line(1, "SEG-Y WRITTEN BY SEPYARN FROM " + dataset.header().toUri().getPath()));
    lines.add(line(2, traces + " TRACES OF " + sampling.samples() + " SAMPLES, SAMPLE INTERVAL " + sampling.dtMicros()
        + " US"));
    lines.add(line(3, "SAMPLE FORMAT " + format.code() + (format == SampleFormat.IBM_FLOAT ? " (IBM FLOAT)"
        : " (IEEE FLOAT)")));
    for (int i = 4; i < 40; i++) {
      lines.add(line(i, ""));
    }
    lines.add(line(40, "END TEXTUAL HEADER"));
    return TextualHeader.encode(String.join("\n", lines));
  }

  private static String line(int number, String text) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "C%2d %s", number, text));
    for (int i = 0; i < sb.length(); i++) {
      if (sb.charAt(i) < ' ' || sb.charAt(i) > '~') {
        sb.setCharAt(i, '?');
      }
    }
    return sb.length() > 80 ? sb.substring(0, 80) : sb.toString();
  }
}
