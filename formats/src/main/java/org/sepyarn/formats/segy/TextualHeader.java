package org.sepyarn.formats.segy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The 3200-byte textual file header: 40 lines of 80 characters, in EBCDIC (code page 037) as the
 * standard says, or in ASCII, which many writers use. Decoding tells the two apart by the first
 * byte ({@code C} is 0xC3 in EBCDIC, 0x43 in ASCII) and by which reading gives more printable
 * characters; encoding writes EBCDIC, lines padded with blanks.
 */
public final class TextualHeader {
  /** Bytes in the textual header. */
  public static final int BYTES = 3200;
  private static final Charset EBCDIC = Charset.forName("IBM037");
  private static final int LINE = 80;

  private TextualHeader() {
  }

  /** The header's text, 40 lines of 80 characters joined by {@code \n}. */
  public static String decode(byte[] header) {
    checkLength(header);
    String ebcdic = new String(header, EBCDIC);
    String ascii = new String(header, StandardCharsets.ISO_8859_1);
    String text = printable(ascii) > printable(ebcdic) ? ascii : ebcdic;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < BYTES; i += LINE) {
      sb.append(i == 0 ? "" : "\n").append(text, i, i + LINE);
    }
    return sb.toString();
  }

  /** Whether the header is in EBCDIC rather than ASCII. */
  public static boolean isEbcdic(byte[] header) {
    checkLength(header);
    return printable(new String(header, EBCDIC)) >= printable(new String(header, StandardCharsets.ISO_8859_1));
  }

  /**
   * 3200 bytes of EBCDIC holding {@code text}: its lines (split at {@code \n}) each padded with blanks
   * to 80 characters, 40 lines.
   *
   * @throws IllegalArgumentException when a line is longer than 80 characters, there are more than
   *     40 lines, or a character has no EBCDIC code
   */
  public static byte[] encode(String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length > BYTES / LINE) {
      throw new IllegalArgumentException("a SEG-Y textual header holds 40 lines, not " + lines.length);
    }
    byte[] out = new byte[BYTES];
    Arrays.fill(out, (byte) 0x40);
    for (int l = 0; l < lines.length; l++) {
      if (lines[l].length() > LINE) {
        throw new IllegalArgumentException("line " + (l + 1) + " of a SEG-Y textual header has " + lines[l].length()
            + " characters; at most 80");
      }
      for (int c = 0; c < lines[l].length(); c++) {
        char ch = lines[l].charAt(c);
        byte[] code = String.valueOf(ch).getBytes(EBCDIC);
        if (code.length != 1 || (code[0] == 0x3f && ch != '\u001a')) {
          throw new IllegalArgumentException("character '" + ch + "' on line " + (l + 1) + " of a SEG-Y textual header "
              + "has no EBCDIC code");
        }
        out[l * LINE + c] = code[0];
      }
    }
    return out;
  }

  private static int printable(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= ' ' && c <= '~') {
        n++;
      }
    }
    return n;
  }

  private static void checkLength(byte[] header) {
    if (header.length != BYTES) {
      throw new IllegalArgumentException("a SEG-Y textual header has " + BYTES + " bytes, not " + header.length);
    }
  }
}
