package org.sepyarn.formats.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.Patching;
import org.sepyarn.formats.job.StepSpec;

/** Which dataset's header gives a patched intermediate its extent along the patched axes. */
class PatchedSourceTest {
  private static final String PATCH = "{'patch': {'blocks': [2, 2], 'overlap': [4, 4]}}";
  private static final String SPLIT2 = "{'split': {'axis': 2}}";

  private static String file(String tag, String path, String usage, String distribute) {
    return "{'tag': '" + tag + "', 'path': '" + path + "', 'usage': '" + usage + "', 'distribute': " + distribute + "}";
  }

  private static String step(String name, String... files) {
    return "{'name': '" + name + "', 'program': {'command': ['sf" + name + "']}, 'files': [" + String.join(", ", files)
        + "]}";
  }

  private static List<StepSpec> flow(String... steps) {
    return JobSpec.parse(("{'tasks': 4, 'steps': [" + String.join(", ", steps) + "]}").replace('\'', '"'), "job.json")
        .flowSteps();
  }

  private static Optional<String> source(List<StepSpec> steps, int writer) {
    Patching cut = (Patching) steps.get(writer).files().get(steps.get(writer).files().size() - 1).distribute();
    return PatchedSource.datasetFor(steps, writer, cut);
  }

  @Test
  void theWritersInputPatchedTheSameWayGivesTheExtent() {
    List<StepSpec> steps = flow(
        step("a", file("v=", "/d/v.H", "input", SPLIT2), file("<", "/d/in.H", "input", PATCH),
            file(">", "@p", "output", PATCH)),
        step("b", file("<", "@p", "input", SPLIT2), file(">", "/d/out.H", "output", SPLIT2)));
    assertEquals(Optional.of("/d/in.H"), source(steps, 0));
  }

  @Test
  void anIntermediateInputIsFollowedBackToTheDatasetItsWriterPatched() {
    List<StepSpec> steps = flow(
        step("a", file("<", "/d/in.H", "input", PATCH), file(">", "@p", "output", PATCH)),
        step("b", file("<", "@p", "input", PATCH), file(">", "@q", "output", PATCH)),
        step("c", file("<", "@q", "input", SPLIT2), file(">", "/d/out.H", "output", SPLIT2)));
    assertEquals(Optional.of("/d/in.H"), source(steps, 1));
  }

  @Test
  void anIntermediateWrittenSplitGivesNoExtentBeforeItsPiecesAreRead() {
    List<StepSpec> steps = flow(
        step("a", file("<", "/d/in.H", "input", SPLIT2), file(">", "@s", "output", SPLIT2)),
        step("b", file("<", "@s", "input", PATCH), file(">", "@q", "output", PATCH)),
        step("c", file("<", "@q", "input", SPLIT2), file(">", "/d/out.H", "output", SPLIT2)));
    assertEquals(Optional.empty(), source(steps, 1));
  }
}
