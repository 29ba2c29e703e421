package org.sepyarn.formats.inversion;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.formats.inversion.InversionProblemTest.problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.job.JobError;
import org.sepyarn.formats.job.JobValidationException;

/** The operators' model and data spaces against the datasets' shapes. */
class SpaceCheckTest {
  private static final Space.Grid MODEL = new Space.Grid(Hypercube.of(new Axis(50, 0, 0.1), new Axis(40, 0, 0.1)),
      Space.Samples.REAL);
  private static final Space.Grid DATA = new Space.Grid(Hypercube.ofLengths(300), Space.Samples.REAL);
  private static final Space.Grid ROUGH = new Space.Grid(Hypercube.of(new Axis(50, 0, 0.1), new Axis(40, 0, 0.1),
      new Axis(2, 0, 1)), Space.Samples.REAL);
  private static final Map<String, Space.Grid> SHAPES = Map.of("/inv/m0.H", MODEL, "/inv/d.H", DATA,
      "/inv/rough.H", ROUGH, "/inv/wrong.H", new Space.Grid(Hypercube.ofLengths(50, 41), Space.Samples.REAL),
      "/inv/cplx.H", new Space.Grid(MODEL.cube(), Space.Samples.COMPLEX),
      "/inv/w.H", new Space.Grid(DATA.cube(), Space.Samples.REAL));

  private static void check(String json) {
    SpaceCheck.check(InversionProblem.parse(json, "p.json"), p -> Optional.ofNullable(SHAPES.get(p)), "p.json");
  }

  private static List<JobError> errors(String json) {
    return assertThrows(JobValidationException.class, () -> check(json)).errors();
  }

  @Test
  void aProgramTakesItsSpacesFromTheProblem() {
    assertDoesNotThrow(() -> check(problem("{'program': {'command': ['interp']}}", "'cg'", "")));
  }

  @Test
  void aDeclaredSpaceMustMatchTheDataset() {
    JobError e = errors(problem("{'program': {'command': ['interp']}, 'modelSpace': '/inv/wrong.H'}", "'cg'", ""))
        .get(0);
    assertEquals("operator.modelSpace", e.path());
    assertTrue(e.message().contains("n2=41 against n2=40") && e.message().contains("the initial model /inv/m0.H"),
        e::toString);
  }

  @Test
  void complexAgainstRealIsAMismatch() {
    assertTrue(errors(problem("{'program': {'command': ['interp']}, 'modelSpace': '/inv/cplx.H'}", "'cg'", ""))
        .get(0).message().contains("complex samples against real samples"));
  }

  @Test
  void aRegularizationWithoutADataSpaceIsReportedAsUnknown() {
    JobError e = errors(problem("{'program': {'command': ['interp']}}", "{'method': 'reg', 'regularization':"
        + " {'program': {'command': ['roughen']}}, 'eps': 0.1}", "")).get(0);
    assertEquals("solver.regularization", e.path());
    assertTrue(e.message().contains("data space of program roughen is not known"), e::toString);
    assertDoesNotThrow(() -> check(problem("{'program': {'command': ['interp']}}", "{'method': 'reg',"
        + " 'regularization': {'program': {'command': ['roughen']}, 'dataSpace': '/inv/rough.H'}, 'eps': 0.1}", "")));
  }

  @Test
  void aChainLinksTheDataSpaceOnTheRightToTheModelSpaceOnTheLeft() {
    assertDoesNotThrow(() -> check(problem("{'chain': [{'diagonal': '/inv/w.H'}, {'program': {'command':"
        + " ['interp']}}]}", "'cg'", "")));
    JobError e = errors(problem("{'chain': [{'program': {'command': ['a']}, 'modelSpace': '/inv/rough.H'},"
        + " {'program': {'command': ['b']}, 'dataSpace': '/inv/m0.H'}]}", "'cg'", "")).get(0);
    assertEquals("operator.chain[1].dataSpace", e.path());
    assertTrue(e.message().contains("the model space of chain[0]"), e::toString);
  }

  @Test
  void aStackSharesTheModelSpaceAndItsRangeIsNotASingleGrid() {
    JobError e = errors(problem("{'stack': [{'program': {'command': ['interp']}}, {'program': {'command':"
        + " ['roughen']}, 'dataSpace': '/inv/rough.H'}]}", "'cg'", "")).get(0);
    assertEquals("operator.stack", e.path());
    assertTrue(e.message().contains("data spaces of its parts one after another"), e::toString);
  }

  @Test
  void aPreconditionerMustEndInTheModelSpaceAndKnowItsOwnDomain() {
    JobError e = errors(problem("{'program': {'command': ['interp']}}", "{'method': 'prec', 'preconditioner':"
        + " {'program': {'command': ['smooth']}}}", "")).get(0);
    assertEquals("solver.preconditioner", e.path());
    assertTrue(e.message().contains("model space of program smooth is not known"), e::toString);
    assertDoesNotThrow(() -> check(problem("{'program': {'command': ['interp']}}", "{'method': 'prec',"
        + " 'preconditioner': {'program': {'command': ['smooth']}, 'modelSpace': '/inv/m0.H'}}", "")));
  }
}
