package org.sepyarn.formats.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HistoryGettersTest {
  private final History h = History.parse("/data/x.H",
      "n1=100 n2=+7 big=99999999999 word=ten d1=.004 o1=-2. e=1e-3 E=2.5E+2 nan=NaN hex=0x10 blank=\" 12 \"");

  @Test
  void missingKeysGiveTheDefaults() {
    assertEquals(1, h.getInt("n3", 1));
    assertEquals(0.0, h.getDouble("o3", 0));
    assertEquals("none", h.getString("label3", "none"));
    assertEquals(5L, h.getLong("n9", 5L));
  }

  @Test
  void integersAndDecimalsInTheFormsHistoriesUseAreRead() {
    assertEquals(100, h.getInt("n1", 0));
    assertEquals(7, h.getInt("n2", 0));
    assertEquals(99999999999L, h.getLong("big", 0));
    assertEquals(0.004, h.getDouble("d1", 0));
    assertEquals(-2.0, h.getDouble("o1", 0));
    assertEquals(0.001, h.getDouble("e", 0));
    assertEquals(250.0, h.getDouble("E", 0));
    assertEquals(100.0, h.getDouble("n1", 0));
    assertEquals(12, h.getInt("blank", 0), "blanks around a quoted number are ignored");
  }

  @Test
  void aBadIntegerNamesTheKeyTheValueAndTheFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.getInt("word", 1));
    assertEquals("word=\"ten\" in history /data/x.H is not an integer: expected a whole number such as word=100",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> h.getInt("d1", 1));
  }

  @Test
  void anIntegerOutOfRangeSaysSo() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.getInt("big", 1));
    assertTrue(e.getMessage().startsWith("big=\"99999999999\" in history /data/x.H is out of range"), e.getMessage());
  }

  @Test
  void aBadDecimalNamesTheKeyTheValueAndTheFile() {
    for (String key : new String[] {"word", "nan", "hex"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.getDouble(key, 0));
      assertTrue(e.getMessage().startsWith(key + "=\"" + h.requireString(key) + "\" in history /data/x.H is not a "
          + "number"), e.getMessage());
    }
  }

  @Test
  void aRequiredMissingKeyNamesTheKeyAndTheFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.requireString("in"));
    assertEquals("history /data/x.H has no in= parameter, which is required", e.getMessage());
  }

  @Test
  void changedValuesKeepsOnlyNewOrDifferentEntries() {
    assertEquals(java.util.Map.of("n2", "8", "n3", "1"),
        h.changedValues(java.util.Map.of("n1", "100", "n2", "8", "n3", "1")));
  }
}
