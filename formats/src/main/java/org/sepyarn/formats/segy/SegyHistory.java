package org.sepyarn.formats.segy;

import java.util.HexFormat;
import java.util.Optional;
import org.sepyarn.formats.history.History;

/**
 * The history parameters in which an imported dataset keeps its SEG-Y file headers, so that an
 * export writes them back: {@code segy_text_header} and {@code segy_binary_header} (the 3200 and
 * 400 bytes in hexadecimal), with {@code segy_format}, {@code segy_file} and
 * {@code segy_first_trace} for the reader.
 */
public final class SegyHistory {
  public static final String TEXT = "segy_text_header";
  public static final String BINARY = "segy_binary_header";
  public static final String FORMAT = "segy_format";
  public static final String FILE = "segy_file";
  public static final String FIRST_TRACE = "segy_first_trace";

  private SegyHistory() {
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /** The bytes a parameter holds in hexadecimal, when the history has it with the right length. */
  static Optional<byte[]> bytes(History history, String key, int length) {
    Optional<String> value = history.get(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    byte[] b;
    try {
      b = HexFormat.of().parseHex(value.get().trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + "= in " + history.sourceName() + " is not hexadecimal: " + e.getMessage(),
          e);
    }
    if (b.length != length) {
      throw new IllegalArgumentException(key + "= in " + history.sourceName() + " holds " + b.length + " bytes, not "
          + length);
    }
    return Optional.of(b);
  }
}
