package org.sepyarn.formats.sep3d;

import java.util.Locale;

/** The type of one header key ({@code hdrtypeI}) and the format it is stored in ({@code hdrfmtI}). */
public enum KeyType {
  SCALAR_INT("scalar_int", "xdr_int"),
  SCALAR_FLOAT("scalar_float", "xdr_float");

  private final String typeName;
  private final String formatName;

  KeyType(String typeName, String formatName) {
    this.typeName = typeName;
    this.formatName = formatName;
  }

  /** The {@code hdrtypeI} value. */
  public String typeName() {
    return typeName;
  }

  /** The {@code hdrfmtI} value. */
  public String formatName() {
    return formatName;
  }

  /** The value of the raw big-endian bits of a key of this type, as a double. */
  public double value(int bits) {
    return this == SCALAR_INT ? bits : Float.intBitsToFloat(bits);
  }

  /** The raw bits of {@code value} stored as this type; integers must be whole and in int range. */
  public int bits(double value) {
    if (this == SCALAR_FLOAT) {
      return Float.floatToRawIntBits((float) value);
    }
    if (value != Math.rint(value) || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(value + " is not a 32-bit integer, as a scalar_int key needs");
    }
    return (int) value;
  }

  /**
   * The type a header declares for key {@code index}; the format, when given, must agree with it.
   *
   * @throws IllegalArgumentException naming the key, the values and what is accepted
   */
  public static KeyType of(String type, String format, int index, String source) {
    String t = type == null ? null : type.trim().toLowerCase(Locale.ROOT);
    String f = format == null ? null : format.trim().toLowerCase(Locale.ROOT);
    KeyType byType = null;
    if (t != null) {
      for (KeyType k : values()) {
        if (k.typeName.equals(t)) {
          byType = k;
        }
      }
      if (byType == null) {
        throw new IllegalArgumentException("hdrtype" + index + "=\"" + type + "\" in " + source + " is not supported:"
            + " use scalar_int or scalar_float");
      }
    }
    KeyType byFormat = null;
    if (f != null) {
      for (KeyType k : values()) {
        if (k.formatName.equals(f)) {
          byFormat = k;
        }
      }
      if (byFormat == null) {
        throw new IllegalArgumentException("hdrfmt" + index + "=\"" + format + "\" in " + source + " is not supported:"
            + " header keys are stored as xdr_int or xdr_float");
      }
    }
    if (byType != null && byFormat != null && byType != byFormat) {
      throw new IllegalArgumentException("key " + index + " in " + source + " says hdrtype" + index + "=" + t
          + " but hdrfmt" + index + "=" + f + "; a " + t + " key is stored as " + byType.formatName);
    }
    if (byType == null && byFormat == null) {
      throw new IllegalArgumentException("key " + index + " in " + source + " has neither hdrtype" + index
          + " nor hdrfmt" + index + "; add hdrtype" + index + "=scalar_int or scalar_float");
    }
    return byType != null ? byType : byFormat;
  }
}
