package org.sepyarn.formats.segy;

/**
 * The sample formats sepyarn converts (binary header bytes 3225-3226): 4-byte IBM floats (code 1)
 * and 4-byte IEEE floats (code 5), both big-endian. Samples convert to and from the bits of IEEE
 * floats, as {@code xdr_float} datasets hold them.
 */
public enum SampleFormat {
  IBM_FLOAT(1), IEEE_FLOAT(5);

  private final int code;

  SampleFormat(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public int bytesPerSample() {
    return 4;
  }

  /**
   * The format of code {@code code}.
   *
   * @throws IllegalArgumentException naming the code, what it means, and what is supported
   */
  public static SampleFormat ofCode(int code, String source) {
    for (SampleFormat f : values()) {
      if (f.code == code) {
        return f;
      }
    }
    String meaning = switch (code) {
      case 2 -> " (4-byte integers)";
      case 3 -> " (2-byte integers)";
      case 4 -> " (fixed point with gain, obsolete)";
      case 6 -> " (8-byte IEEE floats)";
      case 8 -> " (1-byte integers)";
      default -> "";
    };
    int swapped = ((code & 0xff) << 8) | ((code >>> 8) & 0xff);
    String hint = code > 255 && swapped >= 1 && swapped <= 16
        ? "; read byte-swapped it would be " + swapped + ", so the file is probably little-endian, which sepyarn does"
            + " not read: convert it to big-endian first" : "";
    throw new IllegalArgumentException(source + ": data sample format code " + code + meaning + " (binary header bytes"
        + " 3225-3226) is not supported: sepyarn converts code 1 (IBM float) and 5 (IEEE float)" + hint);
  }

  /** Sample {@code bits} as stored in the file, made into IEEE float bits. */
  public int toIeeeBits(int bits) {
    return this == IEEE_FLOAT ? bits : Float.floatToRawIntBits(IbmFloat.toIeee(bits));
  }

  /** IEEE float bits made into the file's sample bits; throws for NaN in IBM. */
  public int fromIeeeBits(int bits) {
    return this == IEEE_FLOAT ? bits : IbmFloat.fromIeee(Float.intBitsToFloat(bits));
  }
}
