package org.sepyarn.formats.inversion;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/inversion.md cannot rot: every problem in it is read. */
class InversionDocTest {
  private static final Path DOC = Path.of("..", "docs", "inversion.md");
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyProblemInTheDocIsValid() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher m = JSON_BLOCK.matcher(doc);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertTrue(blocks.size() >= 2, "found only " + blocks.size() + " json examples");
    for (String block : blocks) {
      assertDoesNotThrow(() -> InversionProblem.parse(block, "docs/inversion.md"), block);
    }
  }
}
