package org.sepyarn.examples.stdio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The text of a history file as read from a stream: everything up to the end of the stream or
 * up to the bytes {@code \014\014\004}, after which the binary data follows in the same stream
 * ({@code in="stdin"}). Bytes map one to one to characters (ISO-8859-1), so text written back
 * is byte for byte what was read.
 */
public final class HeaderText {
  /** The bytes that end a header whose data follows it in the same stream. */
  public static final byte[] SEPARATOR = {014, 014, 004};
  /** Longer headers are taken for binary data piped in by mistake. */
  static final int MAX_BYTES = 16 << 20;

  private final String text;
  private final boolean dataFollows;

  private HeaderText(String text, boolean dataFollows) {
    this.text = text;
    this.dataFollows = dataFollows;
  }

  /**
   * Reads a header from {@code in}, leaving the stream just after the separator when there is
   * one. Reads byte by byte, so give it a buffered stream.
   */
  public static HeaderText read(InputStream in, String sourceName) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while ((b = in.read()) >= 0) {
      if (b == SEPARATOR[matched]) {
        matched++;
        if (matched == SEPARATOR.length) {
          return new HeaderText(bytes.toString(StandardCharsets.ISO_8859_1), true);
        }
        continue;
      }
      if (b == SEPARATOR[0]) {
        // a third \014 after two: the oldest is text, the last two may still start the separator
        bytes.write(b);
      } else {
        bytes.write(SEPARATOR, 0, matched);
        matched = 0;
        bytes.write(b);
      }
      if (bytes.size() > MAX_BYTES) {
        throw new ToolException("header " + sourceName + " is longer than " + MAX_BYTES + " bytes without an "
            + "end: is this binary data rather than a history file?");
      }
    }
    bytes.write(SEPARATOR, 0, matched);
    return new HeaderText(bytes.toString(StandardCharsets.ISO_8859_1), false);
  }

  public String text() {
    return text;
  }

  /** Whether the stream held {@code \014\014\004} after the text (data follows). */
  public boolean dataFollows() {
    return dataFollows;
  }
}
