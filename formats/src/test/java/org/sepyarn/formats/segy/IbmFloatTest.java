package org.sepyarn.formats.segy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IbmFloatTest {
  /** The exact value of IBM bits, by arbitrary-precision arithmetic (an oracle independent of the codec). */
  private static BigDecimal exact(int ibm) {
    int fraction = ibm & 0xffffff;
    int exponent = (ibm >>> 24) & 0x7f;
    BigDecimal v = new BigDecimal(fraction);
    int power = 4 * (exponent - 64) - 24;
    v = power >= 0 ? v.multiply(new BigDecimal(2).pow(power)) : v.divide(new BigDecimal(2).pow(-power));
    return ibm < 0 ? v.negate() : v;
  }

  /** The IBM bits nearest to a float, found by comparing exact values of the candidates. */
  private static int nearestIbm(float f) {
    BigDecimal target = new BigDecimal(f);
    int sign = f < 0 || (f == 0 && 1 / f < 0) ? 0x80000000 : 0;
    int best = sign;
    BigDecimal bestError = target.abs();
    for (int exponent = 0; exponent < 128; exponent++) {
      BigDecimal unit = exact((exponent << 24) | 1);
      BigDecimal scaled = target.abs().divide(unit, MathContext.DECIMAL128);
      if (scaled.compareTo(new BigDecimal(0x100000 - 1)) < 0 || scaled.compareTo(new BigDecimal(0x1000000)) > 0) {
        continue;
      }
      long low = scaled.longValue();
      for (long fraction = Math.max(0x100000, low - 1); fraction <= Math.min(0xffffff, low + 1); fraction++) {
        int candidate = sign | (exponent << 24) | (int) fraction;
        BigDecimal error = exact(candidate).subtract(target).abs();
        int cmp = error.compareTo(bestError);
        if (cmp < 0 || (cmp == 0 && (fraction & 1) == 0 && (best & 1) == 1)) {
          best = candidate;
          bestError = error;
        }
      }
    }
    return best;
  }

  @Test
  void knownValues() {
    assertEquals(0x41100000, IbmFloat.fromIeee(1.0f));
    assertEquals(0xC276A000, IbmFloat.fromIeee(-118.625f));
    assertEquals(0x4019999A, IbmFloat.fromIeee(0.1f));
    assertEquals(-118.625f, IbmFloat.toIeee(0xC276A000));
    assertEquals(1.0f, IbmFloat.toIeee(0x41100000));
    assertEquals(0, IbmFloat.fromIeee(0.0f));
    assertEquals(0x80000000, IbmFloat.fromIeee(-0.0f));
    assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(IbmFloat.toIeee(0x80000000)));
    assertEquals(0.0f, IbmFloat.toIeee(0x42000000), "zero fraction with any exponent is zero");
  }

  @Test
  void infinitiesAndNaN() {
    assertEquals(0x7fffffff, IbmFloat.fromIeee(Float.POSITIVE_INFINITY));
    assertEquals(0xffffffff, IbmFloat.fromIeee(Float.NEGATIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> IbmFloat.fromIeee(Float.NaN));
    assertEquals(Float.POSITIVE_INFINITY, IbmFloat.toIeee(0x7fffffff), "beyond the float range");
    assertEquals(Float.NEGATIVE_INFINITY, IbmFloat.toIeee(0xe1100000), "16^33 overflows");
    assertEquals(0.0f, IbmFloat.toIeee(0x00100000), "16^-65 underflows to zero");
  }

  @Test
  void ieeeToIbmRoundsToTheNearestIbmValueForManyFloats() {
    Random random = new Random(1);
    float[] edges = {Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE,
        1e-40f, 3e-39f, 1.17549421E-38f, 123456.789f, 16f, 1f / 16, 0.0625f, 15.999999f, 1 - Math.ulp(1f)};
    for (float f : edges) {
      assertEquals(nearestIbm(f), IbmFloat.fromIeee(f), "float " + f);
    }
    for (int i = 0; i < 20000; i++) {
      float f = Float.intBitsToFloat(random.nextInt());
      if (Float.isNaN(f) || Float.isInfinite(f)) {
        continue;
      }
      assertEquals(Integer.toHexString(nearestIbm(f)), Integer.toHexString(IbmFloat.fromIeee(f)), "float " + f);
    }
  }

  @Test
  void ibmToIeeeIsExactInsideTheFloatRangeAndRoundsOutside() {
    Random random = new Random(2);
    for (int i = 0; i < 200000; i++) {
      int ibm = random.nextInt();
      float f = IbmFloat.toIeee(ibm);
      BigDecimal value = exact(ibm);
      if (Float.isInfinite(f)) {
        assertEquals(1, value.abs().compareTo(new BigDecimal(Float.MAX_VALUE)), Integer.toHexString(ibm));
        continue;
      }
      BigDecimal error = new BigDecimal(f).subtract(value).abs();
      if (Math.abs(f) >= Float.MIN_NORMAL && (ibm & 0xffffff) != 0) {
        assertEquals(0, error.signum(), "IBM " + Integer.toHexString(ibm) + " is a float exactly");
      } else {
        assertEquals(-1, error.compareTo(new BigDecimal(Float.MIN_VALUE)), "IBM " + Integer.toHexString(ibm));
      }
    }
  }

  @Test
  void normalizedIbmValuesInTheFloatRangeRoundTripBitForBit() {
    Random random = new Random(3);
    int checked = 0;
    while (checked < 100000) {
      int exponent = 64 - 32 + random.nextInt(64);
      int fraction = 0x100000 + random.nextInt(0xf00000);
      int ibm = (random.nextBoolean() ? 0x80000000 : 0) | (exponent << 24) | fraction;
      float f = IbmFloat.toIeee(ibm);
      if (Math.abs(f) < Float.MIN_NORMAL || Float.isInfinite(f)) {
        continue;
      }
      assertEquals(ibm, IbmFloat.fromIeee(f), Integer.toHexString(ibm));
      checked++;
    }
  }
}
