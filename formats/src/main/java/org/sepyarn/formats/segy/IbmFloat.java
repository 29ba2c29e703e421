package org.sepyarn.formats.segy;

/**
 * IBM System/360 single-precision floats, as SEG-Y format code 1 stores samples: a sign bit, a
 * 7-bit exponent of 16 biased by 64 and a 24-bit fraction, value
 * {@code (-1)^sign * 0.fraction * 16^(exponent - 64)}.
 *
 * <p>IBM to IEEE is exact for every value inside the IEEE float range (24 fraction bits fit the
 * 24-bit significand); values beyond it become {@code ±Infinity}, values below the smallest IEEE
 * float round to the nearest denormal or to zero. IEEE to IBM rounds to the nearest IBM value (ties
 * to even), exact when the float's low bits the hexadecimal exponent drops are zero; every float,
 * denormals included, is inside the IBM range. {@code ±Infinity} becomes the largest IBM magnitude
 * with its sign, and NaN, which IBM floats cannot hold, is refused.
 */
public final class IbmFloat {
  /** The largest IBM magnitude, which {@code +Infinity} becomes. */
  public static final int MAX_POSITIVE = 0x7fffffff;

  private IbmFloat() {
  }

  /** The IEEE float an IBM float's bits hold. */
  public static float toIeee(int ibm) {
    int fraction = ibm & 0x00ffffff;
    boolean negative = ibm < 0;
    if (fraction == 0) {
      return negative ? -0.0f : 0.0f;
    }
    int exponent = (ibm >>> 24) & 0x7f;
    double magnitude = Math.scalb((double) fraction, 4 * (exponent - 64) - 24);
    float f = (float) magnitude;
    return negative ? -f : f;
  }

  /**
   * The IBM float nearest to {@code value}.
   *
   * @throws IllegalArgumentException for NaN
   */
  public static int fromIeee(float value) {
    int bits = Float.floatToRawIntBits(value);
    int sign = bits & 0x80000000;
    if (Float.isNaN(value)) {
      throw new IllegalArgumentException("NaN has no IBM float representation");
    }
    if (Float.isInfinite(value)) {
      return sign | MAX_POSITIVE;
    }
    int biased = (bits >>> 23) & 0xff;
    long mantissa = bits & 0x7fffff;
    int binaryExponent;
    if (biased == 0) {
      if (mantissa == 0) {
        return sign;
      }
      binaryExponent = -126 - 23;
      while (mantissa < 0x800000) {
        mantissa <<= 1;
        binaryExponent--;
      }
    } else {
      mantissa |= 0x800000;
      binaryExponent = biased - 127 - 23;
    }
    // value = mantissa * 2^binaryExponent with 2^23 <= mantissa < 2^24, that is 0.1xxx (binary) * 2^p
    int p = binaryExponent + 24;
    int q = Math.floorDiv(p + 3, 4);
    int shift = 4 * q - p;
    long fraction = roundHalfEven(mantissa, shift);
    if (fraction == 0x1000000) {
      fraction = 0x100000;
      q++;
    }
    return sign | ((q + 64) << 24) | (int) fraction;
  }

  private static long roundHalfEven(long value, int shift) {
    if (shift == 0) {
      return value;
    }
    long kept = value >>> shift;
    long dropped = value & ((1L << shift) - 1);
    long half = 1L << (shift - 1);
    if (dropped > half || (dropped == half && (kept & 1) == 1)) {
      kept++;
    }
    return kept;
  }
}
