package org.sepyarn.examples.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeaderTextTest {
  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void aHeaderWithoutSeparatorRunsToTheEndOfTheStream() throws Exception {
    HeaderText h = HeaderText.read(stream("n1=3\nin=/x@\n"), "stdin");
    assertEquals("n1=3\nin=/x@\n", h.text());
    assertFalse(h.dataFollows());
  }

  @Test
  void theSeparatorEndsTheHeaderAndLeavesTheStreamAtTheData() throws Exception {
    ByteArrayInputStream in = stream("n1=3\n\014\014\004DATA");
    HeaderText h = HeaderText.read(in, "stdin");
    assertEquals("n1=3\n", h.text());
    assertTrue(h.dataFollows());
    assertEquals("DATA", new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
  }

  @Test
  void formFeedsThatDoNotCompleteTheSeparatorStayInTheText() throws Exception {
    HeaderText h = HeaderText.read(stream("a=1\014b=2\014\014c=3\014\014\014\004rest"), "stdin");
    assertEquals("a=1\014b=2\014\014c=3\014", h.text());
    assertTrue(h.dataFollows());
    HeaderText end = HeaderText.read(stream("a=1\014\014"), "stdin");
    assertEquals("a=1\014\014", end.text());
    assertFalse(end.dataFollows());
  }

  @Test
  void bytesAboveAsciiRoundTripUnchanged() throws Exception {
    String text = "label1=\"\u00e9t\u00e9\"\n";
    assertEquals(text, HeaderText.read(stream(text), "stdin").text());
  }
}
