package org.sepyarn.formats.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryParserTest {
  /** A SEPlib history as SEPlib programs write it: title lines, tab-indented parameters, "sets next:". */
  static final String SEPLIB_STYLE = "\n\n"
      + "Spike:   bob@sep.stanford.edu   Mon Jan  6 10:00:00 2025\n"
      + "\t\tn1=100 n2=20 o1=0 d1=.004 label1=\"Time\" unit1='s'\n"
      + "\t\tesize=4\n"
      + "\t\tsets next: in=\"/data/bob/spike.H@\"\n"
      + "\n\n"
      + "Scale:   bob@sep.stanford.edu   Mon Jan  6 10:01:00 2025\n"
      + "\t\tscale=2 title=\"scaled spike\"\n"
      + "\t\tdata_format=\"xdr_float\"\n"
      + "\t\tsets next: in=\"/data/bob/scaled.H@\"\n";

  /** The same dataset as Madagascar writes it: "prog<TAB>cwd:<TAB>user@host<TAB>date", one parameter per line. */
  static final String MADAGASCAR_STYLE = "sfspike\t/home/bob/proj:\tbob@sep.stanford.edu\tMon Jan  6 10:00:00 2025\n"
      + "\n"
      + "\tn1=100\n\tn2=20\n\to1=0\n\td1=.004\n\tlabel1=\"Time\"\n\tunit1=\"s\"\n"
      + "\tesize=4\n\tin=\"/data/bob/spike.H@\"\n"
      + "\n"
      + "sfscale\t/home/bob/proj:\tbob@sep.stanford.edu\tMon Jan  6 10:01:00 2025\n"
      + "\n"
      + "\tscale=2\n\ttitle=\"scaled spike\"\n\tdata_format=\"xdr_float\"\n\tin=\"/data/bob/scaled.H@\"\n";

  private static History parse(HistoryDialect dialect, String text) throws IOException {
    return new HistoryParser(dialect, IncludeResolver.refusing()).parse("test.H", text);
  }

  @Test
  void seplibAndMadagascarStyleHistoriesOfTheSameDataGiveTheSameParameters() throws IOException {
    Map<String, String> expected = Map.ofEntries(Map.entry("n1", "100"), Map.entry("n2", "20"),
        Map.entry("o1", "0"), Map.entry("d1", ".004"), Map.entry("label1", "Time"), Map.entry("unit1", "s"),
        Map.entry("esize", "4"), Map.entry("in", "/data/bob/scaled.H@"), Map.entry("scale", "2"),
        Map.entry("title", "scaled spike"), Map.entry("data_format", "xdr_float"));
    for (HistoryDialect dialect : HistoryDialect.values()) {
      assertEquals(expected, parse(dialect, SEPLIB_STYLE).parameters(), "SEPlib style read with " + dialect);
      assertEquals(expected, parse(dialect, MADAGASCAR_STYLE).parameters(), "Madagascar style read with " + dialect);
    }
  }

  @Test
  void programTitleLinesOfBothStylesAreListedInOrder() throws IOException {
    assertEquals(List.of("Spike:   bob@sep.stanford.edu   Mon Jan  6 10:00:00 2025",
        "Scale:   bob@sep.stanford.edu   Mon Jan  6 10:01:00 2025"), parse(HistoryDialect.SEPLIB, SEPLIB_STYLE)
        .programTitles());
    assertEquals(List.of("sfspike\t/home/bob/proj:\tbob@sep.stanford.edu\tMon Jan  6 10:00:00 2025",
        "sfscale\t/home/bob/proj:\tbob@sep.stanford.edu\tMon Jan  6 10:01:00 2025"),
        parse(HistoryDialect.MADAGASCAR, MADAGASCAR_STYLE).programTitles());
  }

  @Test
  void theInValueOfASetsNextLineIsARealParameter() {
    History h = History.parse("x.H", "Prog:  a@b  today\n\t\tsets next: in=\"/d/x.H@\"\n");
    assertEquals("/d/x.H@", h.requireString("in"));
    assertEquals(Map.of("in", "/d/x.H@"), h.parameters());
  }

  @Test
  void laterDefinitionsOverrideEarlierOnesAndKeepTheirFirstPosition() {
    History h = History.parse("x.H", "n1=1 n2=2\nn3=3\nn1=10\nn2=20 n2=200\n");
    assertEquals(Map.of("n1", "10", "n2", "200", "n3", "3"), h.parameters());
    assertEquals(List.of("n1", "n2", "n3"), List.copyOf(h.parameters().keySet()));
  }

  @Test
  void doubledQuotesInsideAQuotedValueStandForOneQuote() {
    History h = History.parse("x.H", "a=\"say \"\"hi\"\"\" b='it''s' c=\"it's\" d='say \"hi\"'");
    assertEquals("say \"hi\"", h.requireString("a"));
    assertEquals("it's", h.requireString("b"));
    assertEquals("it's", h.requireString("c"));
    assertEquals("say \"hi\"", h.requireString("d"));
  }

  @Test
  void emptyQuotedValuesAndEmptyBareValuesAreEmptyStrings() {
    History h = History.parse("x.H", "a=\"\" b='' c= d=4");
    assertEquals(Map.of("a", "", "b", "", "c", "", "d", "4"), h.parameters());
  }

  @Test
  void quotedValuesKeepBlanksEqualSignsAndHashes() {
    History h = History.parse("x.H", "title=\"a = b  # c\"\tn1=5");
    assertEquals("a = b  # c", h.requireString("title"));
    assertEquals(5, h.requireInt("n1"));
  }

  @Test
  void aBareValueRunsToTheNextBlankAndMayHoldEqualSigns() {
    History h = History.parse("x.H", "a=b=c d=x\"y e=1,2,3");
    assertEquals("b=c", h.requireString("a"));
    assertEquals("x\"y", h.requireString("d"));
    assertEquals("1,2,3", h.requireString("e"));
  }

  @Test
  void aQuotedStringDoesNotSpanLinesAndAnUnclosedOneEndsWithItsLine() {
    History h = History.parse("x.H", "title=\"unclosed n1=5\nn2=7\n");
    assertEquals("unclosed n1=5", h.requireString("title"));
    assertFalse(h.has("n1"));
    assertEquals(7, h.requireInt("n2"));
  }

  @Test
  void keysAreALetterThenLettersDigitsUnderscoresOrDashes() {
    History h = History.parse("x.H", "hdr_key-2=a 1n=3 _x=4 -y=5 (n4=6 Z9=7 n5.5=8");
    assertEquals(Map.of("hdr_key-2", "a", "Z9", "7"), h.parameters());
  }

  @Test
  void freeTextWithQuotesAndColonsAroundParametersDoesNotBreakParsing() {
    History h = History.parse("x.H", "Window3d: it's \"odd\" text: 'x y' n1=3 don't\n  n2=4 # trailing\n");
    assertEquals(Map.of("n1", "3", "n2", "4"), h.parameters());
  }

  @Test
  void seplibRulesSkipLinesBeginningWithHash() throws IOException {
    String text = "n1=1\n# n1=2 n9=9\n   #n2=3\nlabel1=\"a#b\" n3=4 # n4=5\n";
    History h = parse(HistoryDialect.SEPLIB, text);
    assertEquals(Map.of("n1", "1", "label1", "a#b", "n3", "4", "n4", "5"), h.parameters());
  }

  @Test
  void madagascarRulesReadParametersEvenOnHashLines() throws IOException {
    String text = "n1=1\n# n1=2 n9=9\n   #n2=3\nlabel1=\"a#b\" n3=4 # n4=5\n";
    History h = parse(HistoryDialect.MADAGASCAR, text);
    assertEquals(Map.of("n1", "2", "n9", "9", "label1", "a#b", "n3", "4", "n4", "5"), h.parameters());
    assertFalse(h.has("n2"), "#n2=3 is one word starting with #, not a key");
  }

  @Test
  void theDefaultRulesAreSeplibs() {
    History h = History.parse("x.H", "#n1=5\n");
    assertEquals(HistoryDialect.SEPLIB, h.dialect());
    assertFalse(h.has("n1"));
  }

  @Test
  void carriageReturnsAndFormFeedsCountAsBlanks() {
    History h = History.parse("x.H", "n1=3\r\nn2=4\f n3=5\r\n");
    assertEquals(Map.of("n1", "3", "n2", "4", "n3", "5"), h.parameters());
  }
}
