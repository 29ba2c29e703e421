package org.sepyarn.formats.segy;

import java.util.Locale;

/**
 * The standard fields of the 400-byte SEG-Y binary file header, with their byte positions as the
 * standard counts them in the file (3201 to 3600) and their size. All are big-endian
 * two's-complement integers except the sample interval and sample counts, unsigned 16-bit.
 */
public enum BinaryHeaderField {
  JOBID(3201, 4), LINO(3205, 4), RENO(3209, 4), NTRPR(3213, 2), NART(3215, 2),
  HDT(3217, 2, true), DTO(3219, 2, true), HNS(3221, 2, true), NSO(3223, 2, true), FORMAT(3225, 2), FOLD(3227, 2),
  TSORT(3229, 2), VSCODE(3231, 2), HSFS(3233, 2), HSFE(3235, 2), HSLEN(3237, 2), HSTYP(3239, 2), SCHN(3241, 2),
  HSTAS(3243, 2), HSTAE(3245, 2), HTATYP(3247, 2), HCORR(3249, 2), BGRCV(3251, 2), RCVM(3253, 2), MFEET(3255, 2),
  POLYT(3257, 2), VPOL(3259, 2), REVISION(3501, 2), FIXED_LENGTH(3503, 2), EXTENDED_HEADERS(3505, 2);

  /** Bytes in the binary file header. */
  public static final int BYTES = 400;
  /** Where the binary header starts in a file: after the textual header. */
  public static final int START = 3200;

  private final int position;
  private final int size;
  private final boolean unsigned;

  BinaryHeaderField(int position, int size) {
    this(position, size, false);
  }

  BinaryHeaderField(int position, int size, boolean unsigned) {
    this.position = position;
    this.size = size;
    this.unsigned = unsigned;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The 1-based byte position in the file (3201..3600). */
  public int position() {
    return position;
  }

  public int size() {
    return size;
  }

  /** The value in a 400-byte binary header. */
  public int get(byte[] header) {
    return BigEndian.get(header, position - START - 1, size, unsigned);
  }

  /** Sets the value in a 400-byte binary header; throws naming the field when it does not fit. */
  public void set(byte[] header, long value) {
    long min = unsigned ? 0 : size == 2 ? Short.MIN_VALUE : Integer.MIN_VALUE;
    long max = unsigned ? 0xffff : size == 2 ? Short.MAX_VALUE : Integer.MAX_VALUE;
    if (value < min || value > max) {
      throw new IllegalArgumentException("binary header field " + key() + " (bytes " + position + "-"
          + (position + size - 1) + ") holds " + min + ".." + max + ", not " + value);
    }
    BigEndian.put(header, position - START - 1, size, (int) value);
  }
}
