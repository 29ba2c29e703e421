package org.sepyarn.examples.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterTableTest {
  private final ParameterTable history =
      ParameterTable.of(Map.of("n1", "10", "d1", "0.004"), "in history stdin");

  @Test
  void theCommandLineOverridesTheHistoryAndEachValueKeepsItsOrigin() {
    ParameterTable merged = history.overriddenBy(ParameterTable.of(Map.of("d1", "0.002"), "on the command line"));
    assertEquals(0.002, merged.requireDouble("d1"));
    assertEquals(10, merged.requireInt("n1"));
    assertEquals("on the command line", merged.origin("d1"));
    assertEquals("in history stdin", merged.origin("n1"));
  }

  @Test
  void listsSplitOnCommasAndRefuseEmptyItems() {
    ParameterTable p = ParameterTable.of(Map.of("k1", "1, 2,3", "sx", "100,250.5", "bad", "1,,2"), "here");
    assertEquals(List.of(1, 2, 3), p.getInts("k1"));
    assertEquals(List.of(100.0, 250.5), p.getDoubles("sx"));
    assertEquals(List.of(), p.getInts("k9"));
    ToolException e = assertThrows(ToolException.class, () -> p.getInts("bad"));
    assertTrue(e.getMessage().contains("has an empty item"), e.getMessage());
  }

  @Test
  void yesNoValuesAreReadInSeplibsSpellings() {
    ParameterTable p = ParameterTable.of(Map.of("a", "y", "b", "No", "c", "1", "d", "maybe"), "here");
    assertTrue(p.getBoolean("a", false));
    assertFalse(p.getBoolean("b", true));
    assertTrue(p.getBoolean("c", false));
    assertTrue(p.getBoolean("absent", true));
    assertThrows(ToolException.class, () -> p.getBoolean("d", false));
  }

  @Test
  void badValuesNameKeyValueOriginAndWhatIsAllowed() {
    ParameterTable p =
        ParameterTable.of(Map.of("nt", "1.5", "dt", "fast", "big", "99999999999"), "on the command line");
    assertEquals("nt=\"1.5\" (on the command line) is not an integer: expected a whole number such as nt=5",
        assertThrows(ToolException.class, () -> p.requireInt("nt")).getMessage());
    assertTrue(assertThrows(ToolException.class, () -> p.requireDouble("dt")).getMessage()
        .startsWith("dt=\"fast\" (on the command line) is not a number"));
    assertTrue(assertThrows(ToolException.class, () -> p.requireInt("big")).getMessage().contains("out of range"));
    assertEquals("missing parameter vel= (looked for on the command line)",
        assertThrows(ToolException.class, () -> p.requireString("vel")).getMessage());
  }
}
