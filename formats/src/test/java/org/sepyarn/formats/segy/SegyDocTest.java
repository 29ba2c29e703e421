package org.sepyarn.formats.segy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/segy.md cannot rot: its table of trace header keys is exactly the fields the code reads. */
class SegyDocTest {
  private static final Path DOC = Path.of("..", "docs", "segy.md");
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9_]+)` \\| (\\d+)-(\\d+) \\| (\\d) \\|");

  @Test
  void everyTraceHeaderFieldIsDocumentedAtItsBytes() throws IOException {
    List<String> documented = new ArrayList<>();
    for (String line : Files.readAllLines(DOC)) {
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        documented.add(m.group(1) + " " + m.group(2) + "-" + m.group(3) + " " + m.group(4));
      }
    }
    List<String> fields = new ArrayList<>();
    for (TraceHeaderField f : TraceHeaderField.values()) {
      fields.add(f.key() + " " + f.position() + "-" + (f.position() + f.size() - 1) + " " + f.size());
    }
    assertEquals(fields, documented);
  }
}
