package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DataSizeTest {
  @Test
  void unitsAreBinaryAndCaseDoesNotMatter() {
    assertEquals(new DataSize(1024), DataSize.parse("1k"));
    assertEquals(DataSize.ofMiB(512), DataSize.parse("512m"));
    assertEquals(DataSize.ofMiB(2048), DataSize.parse("2g"));
    assertEquals(DataSize.ofMiB(2048), DataSize.parse("2GB"));
    assertEquals(DataSize.ofMiB(2048), DataSize.parse("2GiB"));
    assertEquals(DataSize.ofMiB(1), DataSize.parse("1024k"));
    assertEquals(DataSize.ofMiB(1024 * 1024), DataSize.parse("1t"));
    assertEquals(new DataSize(100), DataSize.parse("100b"));
  }

  @Test
  void aPlainNumberIsMib() {
    assertEquals(DataSize.ofMiB(1536), DataSize.parse("1536"));
  }

  @Test
  void theCanonicalFormUsesTheLargestExactUnitAndReadsBack() {
    assertEquals("2g", DataSize.ofMiB(2048).toString());
    assertEquals("1536m", DataSize.ofMiB(1536).toString());
    assertEquals("1500k", new DataSize(1500 * 1024).toString());
    assertEquals("100b", new DataSize(100).toString());
    assertEquals("0b", new DataSize(0).toString());
    for (long bytes : new long[] {0, 1, 1023, 1024, 1536 * 1024, 1L << 30, 3L << 40, (1L << 40) + 1}) {
      assertEquals(new DataSize(bytes), DataSize.parse(new DataSize(bytes).toString()));
    }
  }

  @Test
  void wholeMibIsTold() {
    assertTrue(DataSize.parse("2g").isWholeMiB());
    assertFalse(DataSize.parse("1500k").isWholeMiB());
    assertEquals(1, DataSize.parse("1500k").toMiB());
  }

  @Test
  void badTextsNameTheTextAndTheAcceptedForms() {
    assertEquals("\"2.5g\" is not a size: use a whole number with a unit k, m, g or t (binary, 1k = 1024 bytes),"
        + " e.g. \"512m\" or \"2g\"; a plain number means MiB",
        assertThrows(IllegalArgumentException.class, () -> DataSize.parse("2.5g")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> DataSize.parse("2q")).getMessage()
        .startsWith("\"2q\" has an unknown unit \"q\""));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> DataSize.parse("")).getMessage()
        .contains("is not a size"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> DataSize.parse("99999999t")).getMessage()
        .contains("too large"));
  }

  @Test
  void aNegativeSizeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new DataSize(-1));
  }
}
