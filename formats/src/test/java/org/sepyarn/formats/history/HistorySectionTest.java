package org.sepyarn.formats.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HistorySectionTest {
  private static HistorySection section(Map<String, String> params) {
    return new HistorySection("Scale", "bob", "sep", "Mon Jan  6 10:00:00 2025", params);
  }

  @Test
  void aSectionIsATitleLineAfterABlankLineThenOneParameterPerLine() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("n1", "10");
    params.put("label1", "Time (s)");
    assertEquals("\n\nScale:   bob@sep   Mon Jan  6 10:00:00 2025\nn1=10\nlabel1=\"Time (s)\"\n",
        section(params).render());
  }

  @Test
  void appendingKeepsTheOriginalTextAndItsUnknownKeysUntouched() {
    String original = HistoryParserTest.SEPLIB_STYLE + "\t\thff=/d/x.H@@ odd_key='kept as is'\n";
    String appended = section(Map.of("n2", "5")).appendTo(original);
    assertTrue(appended.startsWith(original));
    History h = History.parse("x.H", appended);
    assertEquals("5", h.requireString("n2"));
    assertEquals("/d/x.H@@", h.requireString("hff"));
    assertEquals("kept as is", h.requireString("odd_key"));
    assertEquals("scaled spike", h.requireString("title"));
  }

  @Test
  void theNewTitleIsListedAfterTheOldOnes() {
    History h = History.parse("x.H", section(Map.of()).appendTo(HistoryParserTest.SEPLIB_STYLE));
    assertEquals(3, h.programTitles().size());
    assertEquals(section(Map.of()).title(), h.programTitles().get(2));
  }

  @Test
  void appendingToAnEmptyHistoryStartsWithTheTitle() {
    assertTrue(section(Map.of("n1", "1")).appendTo("").startsWith("Scale:"));
  }

  @Test
  void valuesAreQuotedWhenNeededAndBareOtherwise() {
    assertEquals("xdr_float", HistoryValues.quote("k", "xdr_float"));
    assertEquals("/data/x.H@", HistoryValues.quote("k", "/data/x.H@"));
    assertEquals("\"\"", HistoryValues.quote("k", ""));
    assertEquals("\"a b\"", HistoryValues.quote("k", "a b"));
    assertEquals("\"a\tb\"", HistoryValues.quote("k", "a\tb"));
    assertEquals("\"say \"\"hi\"\"\"", HistoryValues.quote("k", "say \"hi\""));
    assertEquals("\"it's\"", HistoryValues.quote("k", "it's"));
    assertEquals("\"µs\"", HistoryValues.quote("k", "µs"));
  }

  @Test
  void parsingAnAppendedSectionGivesBackEveryValueWritten() {
    Random random = new Random(20250106);
    String alphabet = "ab Z9 \t\"'#=;:@/µé\\.-_,日";
    for (int trial = 0; trial < 300; trial++) {
      Map<String, String> params = new LinkedHashMap<>();
      int count = 1 + random.nextInt(6);
      for (int i = 0; i < count; i++) {
        StringBuilder value = new StringBuilder();
        int len = random.nextInt(8);
        for (int c = 0; c < len; c++) {
          value.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        params.put("k" + i + (random.nextBoolean() ? "_x" : "-y"), value.toString());
      }
      String text = "n1=1 k0_x=old k0-y=old\n# comment\n";
      History h = History.parse("t.H", section(params).appendTo(text));
      for (Map.Entry<String, String> e : params.entrySet()) {
        assertEquals(e.getValue(), h.requireString(e.getKey()), "trial " + trial + ", " + params);
      }
      assertEquals("1", h.requireString("n1"));
    }
  }

  @Test
  void numbersAreWrittenShortAndReadBackExactly() {
    assertEquals("0", HistoryValues.number(0.0));
    assertEquals("-3", HistoryValues.number(-3.0));
    assertEquals("0.004", HistoryValues.number(0.004));
    for (double d : List.of(1e-7, 1.0 / 3, -2.5e20, 123456.789, 1e15, Double.MIN_VALUE)) {
      assertEquals(d, History.parse("x", "v=" + HistoryValues.number(d)).getDouble("v", 0), "" + d);
    }
    assertThrows(IllegalArgumentException.class, () -> HistoryValues.number(Double.NaN));
  }

  @Test
  void aValueThatCannotFitOnOneLineIsRefusedNamingTheKey() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> section(Map.of("title", "two\nlines")));
    assertTrue(e.getMessage().startsWith("value of title= holds control character 10 at position 3"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> section(Map.of("sep", "\f\f\u0004")));
  }

  @Test
  void anInvalidKeyIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> section(Map.of("1abc", "x")));
    assertTrue(e.getMessage().contains("\"1abc\" is not a valid history key"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> section(Map.of("a b", "x")));
  }

  @Test
  void aTitleNeedsAProgramAndFitsOnOneLine() {
    assertThrows(IllegalArgumentException.class, () -> new HistorySection(" ", "u", "h", "d", Map.of()));
    assertThrows(IllegalArgumentException.class, () -> new HistorySection("p", "u\n", "h", "d", Map.of()));
    assertThrows(IllegalArgumentException.class, () -> new HistorySection("a=b", "u", "h", "d", Map.of()));
  }

  @Test
  void aSectionMadeNowNamesTheCurrentUser() {
    HistorySection s = HistorySection.now("sepyarn", Map.of("n1", "1"));
    assertTrue(s.title().startsWith("sepyarn:   " + System.getProperty("user.name") + "@"), s.title());
    assertEquals(List.of(s.title()), History.parse("x", s.appendTo("")).programTitles());
  }
}
