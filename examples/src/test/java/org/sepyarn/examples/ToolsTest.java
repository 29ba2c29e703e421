package org.sepyarn.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.examples.stdio.Tool;

class ToolsTest {
  @TempDir
  Path root;
  private ToolHarness world;

  @BeforeEach
  void setUp() {
    world = new ToolHarness(root);
  }

  @Test
  void helpListsEveryToolWithItsSummaryOnStdout() {
    ToolRun run = world.run("--help");
    assertEquals(0, run.status());
    String listing = new String(run.stdout(), StandardCharsets.UTF_8);
    for (Tool tool : Tools.all()) {
      assertTrue(listing.contains(tool.name()) && listing.contains(tool.summary()), listing);
    }
    assertEquals(List.of("spike", "scale", "smooth", "fdmod", "copy", "spectrum", "cat", "interp", "roughen", "bin", "cgstep"), Tools.all().stream().map(Tool::name).toList());
  }

  @Test
  void noToolNamePrintsTheListOnStderrAndFails() {
    ToolRun run = world.run(new String[0]);
    assertEquals(1, run.status());
    assertTrue(run.stderr().contains("smooth"), run.stderr());
    assertEquals(0, run.stdout().length);
  }

  @Test
  void anUnknownToolIsAnErrorListingTheKnownOnes() {
    ToolRun run = world.run("smoth", "rect1=3").failed();
    assertEquals("unknown tool \"smoth\": the tools are spike, scale, smooth, fdmod, copy, spectrum, cat, interp, roughen, bin, cgstep\n", run.stderr());
  }

  @Test
  void theNamedToolRunsWithTheRemainingArguments() {
    WrittenDataset out = world.run("spike", "n1=3", "k1=2").dataset();
    assertEquals("spike", out.history().programTitles().get(0).split(":")[0]);
    assertEquals(3, out.cube().n(1));
  }

  @Test
  void aToolRunWithNoArgumentsFromATerminalPrintsItsSelfDocumentation() {
    ToolRun run = world.runFromTerminal("smooth");
    assertEquals(1, run.status());
    assertTrue(run.stderr().startsWith("NAME\n    smooth - "), run.stderr());
    assertTrue(run.stderr().contains("rect1..9"), run.stderr());
  }

  @Test
  void aToolThatReadsStdinPrintsItsSelfDocumentationWhenThereIsNothingToRead() {
    ToolRun run = world.run("scale");
    assertEquals(1, run.status());
    assertTrue(run.stderr().startsWith("NAME\n    scale - "), run.stderr());
  }

  @Test
  void aToolWithArgumentsButATerminalOnStdinSaysHowToRunIt() {
    ToolRun run = world.runFromTerminal("scale", "scale=2").failed();
    assertTrue(run.stderr().contains("stdin is a terminal"), run.stderr());
  }

  @Test
  void helpAfterAToolNamePrintsItsSelfDocumentationOnStdout() {
    for (Tool tool : Tools.all()) {
      ToolRun run = world.run(tool.name(), "--help");
      assertEquals(0, run.status());
      assertTrue(new String(run.stdout(), StandardCharsets.UTF_8).startsWith("NAME\n    " + tool.name() + " - "));
    }
  }
}
