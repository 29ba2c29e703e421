package org.sepyarn.formats.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryIncludeTest {
  /** An include resolver over an in-memory map of files. */
  private static IncludeResolver files(Map<String, String> files) {
    return path -> {
      String text = files.get(path);
      if (text == null) {
        throw new FileNotFoundException(path + " (no such file)");
      }
      return text;
    };
  }

  private static History parse(Map<String, String> files, String text) throws IOException {
    return new HistoryParser(files(files)).parse("main.H", text);
  }

  @Test
  void anIncludedFilesParametersAreInsertedWhereParAppears() throws IOException {
    History h = parse(Map.of("p1.par", "a=5 b=7\nc=9\n"), "a=1 b=0 par=p1.par b=2\n");
    assertEquals("5", h.requireString("a"), "the include overrides what came before it");
    assertEquals("2", h.requireString("b"), "what comes after the include overrides it");
    assertEquals("9", h.requireString("c"));
    assertEquals("p1.par", h.requireString("par"));
  }

  @Test
  void includesNestAndFollowTheFileRules() throws IOException {
    Map<String, String> files = Map.of("outer.par", "x=1 par=inner.par y=outer\n# z=hidden\n",
        "inner.par", "y=inner z=inner\n");
    History h = parse(files, "par=outer.par\n");
    assertEquals("1", h.requireString("x"));
    assertEquals("outer", h.requireString("y"));
    assertEquals("inner", h.requireString("z"));
  }

  @Test
  void theSelfContainedTextReadsAsTheSameParametersWithoutTheIncludedFiles() throws IOException {
    Map<String, String> files = Map.of("outer.par", "x=1 par=inner.par y=outer\n# z=hidden\nlabel=\"two words\"\n",
        "inner.par", "y=inner z=inner\n");
    String text = "Main:   a@b   date\n\tn1=4 par=outer.par y=last\nin=\"/d/x.H@\"\n";
    History h = parse(files, text);
    History alone = History.parse("copy.H", h.selfContainedText());
    Map<String, String> expected = new HashMap<>(h.parameters());
    expected.remove("par");
    assertEquals(expected, alone.parameters());
    assertEquals("last", alone.requireString("y"));
    assertEquals("two words", alone.requireString("label"));
    assertEquals(List.of("Main:   a@b   date"), alone.programTitles());
  }

  @Test
  void aHistoryWithoutIncludesIsItsOwnSelfContainedText() throws IOException {
    String text = "Main:   a@b   date\n n1=4  # kept as it is\n";
    assertEquals(text, parse(Map.of(), text).selfContainedText());
  }

  @Test
  void includedFilesAddNoProgramTitles() throws IOException {
    History h = parse(Map.of("p.par", "Prog:   a@b   date\nk=v\n"), "Main:   a@b   date\npar=p.par\n");
    assertEquals(List.of("Main:   a@b   date"), h.programTitles());
  }

  @Test
  void anIncludeCycleIsAnErrorNamingTheChain() {
    Map<String, String> files = Map.of("a.par", "par=b.par", "b.par", "par=a.par");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(files, "par=a.par"));
    assertTrue(e.getMessage().contains("main.H -> a.par -> b.par -> a.par"), e.getMessage());
    assertTrue(e.getMessage().contains("cycle"), e.getMessage());
  }

  @Test
  void aFileIncludingItselfIsACycle() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parse(Map.of("self.par", "k=1 par=self.par"), "par=self.par"));
    assertTrue(e.getMessage().contains("self.par -> self.par"), e.getMessage());
  }

  @Test
  void tooDeepAnIncludeChainIsAnError() {
    Map<String, String> files = new HashMap<>();
    for (int i = 0; i < 100; i++) {
      files.put("f" + i, "par=f" + (i + 1));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(files, "par=f0"));
    assertTrue(e.getMessage().contains("deeper than " + HistoryParser.MAX_INCLUDE_DEPTH), e.getMessage());
  }

  @Test
  void anUnreadableIncludeNamesTheFileAndWhoIncludedIt() {
    IOException e = assertThrows(IOException.class, () -> parse(Map.of("a.par", "par=missing.par"), "par=a.par"));
    assertTrue(e.getMessage().contains("par=missing.par included from a.par"), e.getMessage());
    assertTrue(e.getMessage().contains("no such file"), e.getMessage());
  }

  @Test
  void parsingWithoutAResolverRefusesIncludesClearly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> History.parse("x.H", "n1=3 par=extra.par"));
    assertTrue(e.getMessage().contains("par=extra.par"), e.getMessage());
    assertTrue(e.getMessage().contains("IncludeResolver"), e.getMessage());
  }
}
