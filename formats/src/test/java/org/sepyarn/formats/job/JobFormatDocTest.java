package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Hypercube;

/** docs/job-format.md cannot rot: every example in it is read, and every error shown is reproduced. */
class JobFormatDocTest {
  private static final Path DOC = Path.of("..", "docs", "job-format.md");

  /** A fenced block of the doc: its info string ({@code json}, {@code text}, ...) and its text. */
  private record Block(String lang, String text, int line) {
  }

  private static String doc;
  private static List<Block> blocks;

  @BeforeAll
  static void readDoc() throws IOException {
    if (!Files.isRegularFile(DOC)) {
      fail("the job format doc is not at " + DOC.toAbsolutePath() + "; tests run from the formats module folder");
    }
    doc = Files.readString(DOC, StandardCharsets.UTF_8);
    blocks = fencedBlocks(doc);
  }

  private static List<Block> fencedBlocks(String text) {
    List<Block> found = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith("```")) {
        continue;
      }
      String lang = lines[i].substring(3).strip();
      int start = i + 1;
      int end = start;
      while (end < lines.length && !lines[end].startsWith("```")) {
        end++;
      }
      if (end == lines.length) {
        fail("the fenced block opened at line " + (i + 1) + " of " + DOC + " is never closed");
      }
      found.add(new Block(lang, String.join("\n", List.of(lines).subList(start, end)), i + 1));
      i = end;
    }
    return found;
  }

  private static List<Block> blocks(String lang) {
    return blocks.stream().filter(b -> b.lang().equals(lang)).toList();
  }

  private static JobSpec parse(Block block) {
    try {
      return JobSpec.parse(block.text(), DOC + ":" + block.line());
    } catch (JobValidationException e) {
      throw new AssertionError("the example at line " + block.line() + " does not parse:\n" + e.getMessage(), e);
    }
  }

  @Test
  void theDocHasAllItsExamples() {
    assertTrue(blocks("json").size() >= 9, () -> "found only " + blocks("json").size() + " json examples");
    assertTrue(blocks("json-error").size() >= 3, () -> "found only " + blocks("json-error").size() + " bad examples");
  }

  @Test
  void everyJsonExampleIsAValidJobThatRoundTrips() {
    for (Block block : blocks("json")) {
      JobSpec spec = parse(block);
      assertEquals(spec, JobSpec.parse(spec.toJson(), "canonical form of line " + block.line()),
          "line " + block.line());
    }
  }

  @Test
  void theExamplesShowEveryKindOfDistributionAndOfTasks() {
    Set<String> kinds = new HashSet<>();
    for (Block block : blocks("json")) {
      JobSpec spec = parse(block);
      kinds.add(spec.tasks().getClass().getSimpleName());
      if (!block.text().contains("\"tasks\"")) {
        kinds.add("tasks settled by patches");
      }
      for (FileSpec file : spec.files()) {
        kinds.add(file.distribute().getClass().getSimpleName() + " " + file.usage());
        if (file.distribute() instanceof Patching && block.text().contains("\"axes\"")) {
          kinds.add("named axes");
        }
      }
    }
    for (String expected : List.of("Count", "PerTaskArgs", "tasks settled by patches", "named axes",
        "Split INPUT", "Split OUTPUT", "BlockPatch INPUT", "BlockPatch OUTPUT", "WindowPatch INPUT",
        "WindowPatch OUTPUT", "Copy INPUT", "Copy OUTPUT")) {
      assertTrue(kinds.contains(expected), () -> "no example shows " + expected + "; shown: " + kinds);
    }
  }

  @Test
  void theCanonicalFormShownIsWhatTheWriterWritesForTheFirstExample() {
    List<Block> json = blocks("json");
    String canonical = parse(json.get(0)).toJson();
    assertEquals(canonical.strip(), json.get(json.size() - 1).text().strip());
  }

  @Test
  void everyBadExampleGetsExactlyTheMessageShownAfterIt() {
    for (int i = 0; i < blocks.size(); i++) {
      Block bad = blocks.get(i);
      if (!bad.lang().equals("json-error")) {
        continue;
      }
      assertTrue(i + 1 < blocks.size() && blocks.get(i + 1).lang().equals("text"),
          () -> "the bad example at line " + bad.line() + " needs a text block with its message right after it");
      JobValidationException e = assertThrows(JobValidationException.class,
          () -> JobSpec.parse(bad.text(), "job.json"), () -> "line " + bad.line() + " parses");
      assertEquals(blocks.get(i + 1).text().strip(), e.getMessage(), "message for line " + bad.line());
    }
  }

  @Test
  void theShapeCheckMessageShownIsWhatTheCheckSays() {
    JobSpec spec = JobTexts.parse("{'name': 'smooth', 'program': {'command': ['sfsmooth']}, 'files': ["
        + JobTexts.file("<", "/data/in.H", "input", "{'patch': {'blocks': [4, 50], 'overlap': [30, 0]}}") + ", "
        + JobTexts.file("vel=", "/data/vel.H", "input", "{'split': {'axis': 4}}") + "]}");
    Hypercube cube = Hypercube.ofLengths(100, 20, 3);
    JobValidationException e = assertThrows(JobValidationException.class,
        () -> spec.checkAgainst(Map.of("/data/in.H", cube, "/data/vel.H", cube)));
    assertTrue(doc.contains(e.getMessage()), () -> "the doc does not show:\n" + e.getMessage());
  }

  @Test
  void theFlowsStepGraphShownIsWhatTheDescriptionPrintsForTheFlowExample() {
    Block example = blocks("json").stream().filter(b -> b.text().contains("\"scale-smooth-fft\"")).findFirst()
        .orElseThrow();
    String lines = String.join("\n", org.sepyarn.formats.flow.FlowDescription.lines(
        org.sepyarn.formats.flow.FlowPlan.of(parse(example))));
    assertTrue(doc.contains("```text\n" + lines + "\n```"), () -> "the doc does not show:\n" + lines);
  }

  @Test
  void everyKeyIsDocumented() {
    List<String> keys = new ArrayList<>(List.of(JobJsonReader.KEYS));
    keys.addAll(List.of("program.command", "program.args", "program.env", "program.localize", "program.secretArgs",
        "program.archives", "program.secretEnv", "program.container", "acls.view", "acls.modify", "files[i].tag",
        "files[i].path", "files[i].usage", "files[i].distribute", "resources.memory", "resources.vcores",
        "restart.args", "restart.checkpointArg", "blocks", "overlap", "axes", "size", "count"));
    for (String key : keys) {
      assertTrue(doc.contains("`" + key + "`"), () -> "`" + key + "` is not documented in " + DOC);
    }
  }

  @Test
  void theDocStatesTheDefaultsTheCodeUses() {
    assertTrue(doc.contains("| `maxAttempts` | whole number | `" + JobSpec.DEFAULT_MAX_ATTEMPTS + "` |"));
    assertTrue(doc.contains("| `heartbeatTimeout` | duration | `\"" + JobSpec.DEFAULT_HEARTBEAT_TIMEOUT.getSeconds()
        + "s\"` |"));
    assertTrue(doc.contains("| `resources.memory` | size | `\"" + Resources.DEFAULT.memory() + "\"` |"));
    assertTrue(doc.contains("| `queue` | string | `\"" + JobSpec.DEFAULT_QUEUE + "\"` |"));
    assertTrue(doc.contains("| `restart.checkpointArg` | string | `\"" + RestartPolicy.DEFAULT.checkpointArg()
        + "\"` |"));
    assertTrue(doc.contains("| `stallTimeout` | duration or `\"off\"` | `\"" + JobSpec.DEFAULT_STALL_TIMEOUT.toMinutes()
        + "m\"` |"));
    assertFalse(doc.contains("TODO"));
  }
}
