package org.sepyarn.formats.inversion.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.inversion.InversionProblem;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.JobValidationException;
import org.sepyarn.formats.job.Split;
import org.sepyarn.formats.job.StepSpec;
import org.sepyarn.formats.job.Usage;

/** A solve written as a flow: a job the job rules accept, with the steps of every iteration in order. */
class SolveFlowTest {
  static final String INTERP = "{'program': {'command': ['/opt/bin/interp'], 'args': ['n1=20', 'o1=0', 'd1=1']},"
      + " 'model': 'copy', 'data': {'split': {'axis': 1}}, 'tasks': 3,"
      + " 'files': [{'tag': 'coord=', 'path': '/inv/xy.H', 'usage': 'input', 'distribute': {'split': {'axis': 2}}}]}";
  static final String ROUGHEN = "{'program': {'command': ['roughen']}}";

  static InversionProblem problem(String operator, String solver, int niter, String more) {
    return InversionProblem.parse(("{'data': '/inv/d.H', 'initialModel': '/inv/m0.H', 'operator': " + operator
        + ", 'solver': " + solver + ", 'niter': " + niter + ", 'output': {'model': '/inv/m.H'" + more + "},"
        + " 'job': {'resources': {'memory': '700m'}, 'maxAttempts': 3}}").replace('\'', '"'), "p.json");
  }

  static JobSpec flow(InversionProblem p) {
    return JobSpec.parse(SolveFlow.json(p, SolveFlow.TOOL), "flow.json");
  }

  static List<String> names(JobSpec job) {
    return job.steps().stream().map(StepSpec::name).toList();
  }

  @Test
  void aPlainSolveRunsTheOperatorThenTheArithmeticOfEachIteration() {
    JobSpec job = flow(problem(INTERP, "'cg'", 2, ""));
    assertEquals(List.of("start-interp-fwd", "start-residual-0",
        "it1-grad-interp-adj", "it1-conj-interp-fwd", "it1-dots-0", "it1-update-data-0", "it1-update-model",
        "it2-grad-interp-adj", "it2-conj-interp-fwd", "it2-dots-0", "it2-update-data-0", "it2-update-model",
        "norms"), names(job));
    StepSpec adjoint = job.steps().get(2);
    assertEquals(List.of("/opt/bin/interp"), adjoint.job().program().command());
    assertEquals(List.of("n1=20", "o1=0", "d1=1", "adj=y", "add=n"), adjoint.job().program().args());
    assertEquals(3, adjoint.job().tasks().count());
    Map<String, FileSpec> files = adjoint.job().files().stream().collect(Collectors.toMap(f -> f.tag().toString(),
        f -> f));
    assertEquals("@v-start-r-0", files.get("data=").path());
    assertEquals(new Split(1), files.get("data=").distribute());
    assertEquals(Usage.OUTPUT, files.get("model=").usage());
    assertEquals(new Split(2), files.get("coord=").distribute());
    assertEquals(700, job.resources().memoryMiB());
    assertEquals(3, job.maxAttempts());
    // The data arithmetic runs on the interpolation's three pieces; the model's, whole.
    assertEquals(3, job.steps().get(4).job().tasks().count());
    assertEquals(1, job.steps().get(6).job().tasks().count());
    // Only the model and the norms are datasets; the last iteration writes the model itself.
    List<String> outputs = job.steps().stream().flatMap(s -> s.job().files().stream())
        .filter(f -> f.usage() == Usage.OUTPUT && !f.path().startsWith("@")).map(FileSpec::path).toList();
    assertEquals(List.of("/inv/m.H", "/inv/m-norms.H"), outputs);
  }

  @Test
  void theFlowNamesEachIterationsNormSumsForTheApplicationMasterToShow() {
    JobSpec job = flow(problem(INTERP, "{'method': 'reg', 'regularization': " + ROUGHEN + ", 'eps': 0.5}", 2, ""));
    org.sepyarn.formats.job.Convergence convergence = job.convergence().orElseThrow();
    assertEquals(2, convergence.iterations().size());
    org.sepyarn.formats.job.Convergence.Iteration second = convergence.iterations().get(1);
    assertEquals(2, second.residual().size(), "one per data part");
    Map<String, String> writers = new java.util.HashMap<>();
    job.steps().forEach(st -> st.job().files().stream().filter(f -> f.usage() == Usage.OUTPUT)
        .forEach(f -> writers.put(f.path(), st.name())));
    assertEquals("it2-update-data-0", writers.get(second.residual().get(0)));
    assertEquals("it2-update-data-1", writers.get(second.residual().get(1)));
    assertEquals("it2-update-model", writers.get(second.model()));
    assertEquals(job, JobSpec.parse(job.toJson(), "canonical.json"), "the section survives staging");
  }

  @Test
  void theSecondIterationUsesThePreviousDirectionAndTheFirstDoesNot() {
    JobSpec job = flow(problem(INTERP, "'cg'", 2, ""));
    StepSpec first = job.steps().get(5);
    StepSpec second = job.steps().get(10);
    assertTrue(first.job().program().args().contains("previous=n"));
    assertTrue(second.job().program().args().contains("previous=y"));
    assertFalse(first.job().files().stream().anyMatch(f -> f.tag().toString().equals("prev=")));
    assertTrue(second.job().files().stream().anyMatch(f -> f.tag().toString().equals("prev=")));
  }

  @Test
  void aRegularizedSolveFitsTwoDataPartsAndScalesTheRegularizationByEps() {
    JobSpec job = flow(problem(INTERP, "{'method': 'reg', 'regularization': " + ROUGHEN + ", 'eps': 0.5}", 1,
        ", 'modelIterations': '/inv/it', 'residualIterations': '/inv/res'"));
    List<String> names = names(job);
    assertEquals(List.of("start-interp-fwd", "start-roughen-fwd", "start-residual-0", "start-residual-1",
        "it1-grad-interp-adj", "it1-grad-roughen-adj", "it1-grad-sum", "it1-conj-interp-fwd", "it1-conj-roughen-fwd",
        "it1-dots-0", "it1-dots-1", "it1-update-data-0", "it1-update-data-1", "it1-update-model", "norms"), names);
    // r1 = 0 - eps A x0: the data of the regularization is zero, so only the image is read, times -eps.
    StepSpec residual1 = job.steps().get(3);
    assertTrue(residual1.job().program().args().contains("Lx_scale=0.5"), residual1.job().program().args()::toString);
    assertFalse(residual1.job().files().stream().anyMatch(f -> f.tag().toString().equals("d=")));
    // The gradient adds the two adjoints, the roughener's times eps.
    StepSpec sum = job.steps().get(6);
    assertTrue(sum.job().program().args().contains("in1_scale=0.5"), sum.job().program().args()::toString);
    List<String> kept = job.steps().stream().flatMap(s -> s.job().files().stream())
        .filter(f -> f.tag().toString().equals("vkeep=")).map(FileSpec::path).toList();
    assertEquals(List.of("/inv/res/residual-0001.H", "/inv/it/model-0001.H"), kept);
  }

  @Test
  void aPreconditionedSolveStartsFromZeroAndMapsItsVariableToTheModelAtTheEnd() {
    JobSpec job = flow(problem(INTERP, "{'method': 'prec', 'preconditioner': " + ROUGHEN.replace("}}",
        "}, 'modelSpace': '/inv/m0.H'}") + ", 'eps': 0.1}", 1, ""));
    List<String> names = names(job);
    assertEquals("start-interp-fwd", names.get(0));
    assertEquals("start-residual-0", names.get(1));
    assertEquals(List.of("model-roughen-fwd", "model", "norms"), names.subList(names.size() - 3, names.size()));
    assertTrue(names.contains("it1-dots-1"), names::toString);
  }

  @Test
  void aStackInsideAChainIsRefusedWithTheReason() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> flow(problem(
        "{'chain': [" + ROUGHEN + ", {'stack': [" + ROUGHEN + ", " + ROUGHEN + "]}]}", "'cg'", 1, "")));
    assertTrue(e.getMessage().contains("applied to the data of a stack"), e.getMessage());
  }

  @Test
  void jobKeysTheSolveWritesItselfAreRefusedInTheProblem() {
    JobValidationException e = assertThrows(JobValidationException.class, () -> InversionProblem.parse(
        ("{'data': '/d.H', 'initialModel': '/m0.H', 'operator': " + ROUGHEN + ", 'solver': 'cg', 'niter': 1,"
            + " 'output': {'model': '/m.H'}, 'job': {'steps': [], 'queue': 'q'}}").replace('\'', '"'), "p.json"));
    assertEquals("job.steps", e.errors().get(0).path());
  }

  @Test
  void aPreconditionedSolveCannotWriteTheModelOfEachIteration() {
    JobValidationException e = assertThrows(JobValidationException.class, () -> problem(INTERP,
        "{'method': 'prec', 'preconditioner': " + ROUGHEN + "}", 1, ", 'modelIterations': '/inv/it'"));
    assertEquals("output.modelIterations", e.errors().get(0).path());
  }
}
