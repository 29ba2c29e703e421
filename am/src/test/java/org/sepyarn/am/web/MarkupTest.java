package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkupTest {

  @Test
  void theFiveMarkupCharactersAreEscaped() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
        Markup.escape("<a href=\"x\" title='y'>&</a>"));
  }

  @Test
  void plainTextAndNonAsciiLettersAreKept() {
    assertEquals("sfsmooth rect1=5 résumé 地震 \uD83C\uDF0B\ttab\nline", Markup.escape("sfsmooth rect1=5 résumé 地震 \uD83C\uDF0B\ttab\nline"));
  }

  @Test
  void controlCharactersXmlForbidsBecomeReplacementCharacters() {
    assertEquals("\uFFFD[31mred\uFFFD[0m \uFFFD", Markup.escape("\u001b[31mred\u001b[0m \u0000"));
  }

  @Test
  void aLoneSurrogateBecomesAReplacementCharacter() {
    assertEquals("a\uFFFDb\uFFFD", Markup.escape("a\uD800b\uDC00"));
  }
}
