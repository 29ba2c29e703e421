package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.formats.job.FlowTexts.flow;
import static org.sepyarn.formats.job.FlowTexts.in;
import static org.sepyarn.formats.job.FlowTexts.out;
import static org.sepyarn.formats.job.FlowTexts.split;
import static org.sepyarn.formats.job.FlowTexts.step;
import static org.sepyarn.formats.job.JobTexts.errorAt;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A flow's {@code convergence}: read, written back, and each mistake reported where it is. */
class ConvergenceJobTest {
  /** update (dataset to @r, @x summed, @v split) then norms (reads @r, @x whole). */
  private static String flowWith(String convergence) {
    return flow("'tasks': 2" + (convergence.isEmpty() ? "" : ", 'convergence': " + convergence),
        step("update", "", in("<", "/data/in.H", split(2)), out("r=", "@r", "'copy'"), out("x=", "@x", "'copy'"),
            out("v=", "@v", split(2))),
        step("norms", "'tasks': 1", in("r=", "@r", "'copy'"), in("x=", "@x", "'copy'"), in("v=", "@v", split(2)),
            out(">", "/data/table.H", "'copy'")));
  }

  @Test
  void aFlowNamesItsNormSumsAndTheCanonicalFormKeepsThem() {
    JobSpec job = JobTexts.parse(flowWith("{'iterations': [{'residual': ['@r'], 'model': '@x'}]}"));
    assertEquals(List.of(new Convergence.Iteration(List.of("@r"), "@x")),
        job.convergence().orElseThrow().iterations());
    String canonical = job.toJson();
    assertTrue(canonical.contains("\"convergence\""), canonical);
    assertEquals(job, JobSpec.parse(canonical, "canonical.json"));
    assertEquals(java.util.Optional.empty(), JobTexts.parse(flowWith("")).convergence());
  }

  @Test
  void aNameNoStepWritesIsRefusedWithWhereItIs() {
    JobError e = errorAt(flowWith("{'iterations': [{'residual': ['@r', '@nowhere'], 'model': '@x'}]}"),
        "convergence.iterations[0].residual[1]");
    assertTrue(e.message().contains("\"@nowhere\" is not an intermediate any step writes"), e::toString);
  }

  @Test
  void sumsWrittenSplitAreRefusedSinceOnlyCopiedPiecesAddUpToTheWhole() {
    JobError e = errorAt(flowWith("{'iterations': [{'residual': ['@r'], 'model': '@v'}]}"),
        "convergence.iterations[0].model");
    assertTrue(e.message().contains("written split") && e.message().contains("\"copy\""), e::toString);
  }

  @Test
  void missingAndMistypedPartsAreEachReported() {
    assertTrue(errorAt(flowWith("{'iterations': [{'residual': ['@r']}]}"), "convergence.iterations[0].model")
        .message().contains("missing"));
    assertTrue(errorAt(flowWith("{'iterations': [{'residual': [], 'model': '@x'}]}"),
        "convergence.iterations[0].residual").message().contains("empty"));
    assertTrue(errorAt(flowWith("{'iterations': []}"), "convergence.iterations").message().contains("empty"));
    assertTrue(errorAt(flowWith("{'iterations': 3}"), "convergence.iterations").message()
        .contains("expected a list"));
    assertTrue(errorAt(flowWith("{'iteration': []}"), "convergence.iteration").message().contains("iterations"));
  }

  @Test
  void aJobOfOneProgramHasNoConvergence() {
    JobError e = errorAt(JobTexts.withProgram("'convergence': {'iterations': [{'residual': ['@r'], 'model': '@x'}]}"),
        "convergence");
    assertTrue(e.message().contains("only a flow"), e::toString);
  }
}
