package org.sepyarn.formats.inversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.job.Copy;
import org.sepyarn.formats.job.JobError;
import org.sepyarn.formats.job.JobValidationException;
import org.sepyarn.formats.job.Split;

/** problem.json: what it describes, its defaults, and each kind of mistake at its field path. */
class InversionProblemTest {
  static final String INTERP = "{'program': {'command': ['interp'], 'args': ['coord=/inv/xy.H']},"
      + " 'model': 'copy', 'data': {'split': {'axis': 1}}, 'tasks': 4}";
  static final String ROUGHEN = "{'program': {'command': ['roughen']}}";

  static String problem(String operator, String solver, String more) {
    return ("{'data': '/inv/d.H', 'initialModel': '/inv/m0.H', 'operator': " + operator + ", 'solver': " + solver
        + ", 'niter': 20, 'output': {'model': '/inv/m.H'}" + (more.isEmpty() ? "" : ", " + more) + "}")
        .replace('\'', '"');
  }

  static List<JobError> errors(String json) {
    return assertThrows(JobValidationException.class, () -> InversionProblem.parse(json, "problem.json")).errors();
  }

  static JobError errorAt(String json, String path) {
    List<JobError> all = errors(json);
    return all.stream().filter(e -> e.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no error at " + path + " among " + all));
  }

  @Test
  void aRegularizedProblemIsReadWithItsOperatorsAndSEPConventionsByDefault() {
    InversionProblem p = InversionProblem.parse(problem(INTERP, "{'method': 'reg', 'regularization': " + ROUGHEN
        + ", 'eps': 0.25}", "'output': {'model': '/inv/m.H', 'modelIterations': '/inv/it'}").replace("\"output\": {\"model\": \"/inv/m.H\"}, ", ""), "p.json");
    ProgramOperator l = assertInstanceOf(ProgramOperator.class, p.operator());
    assertEquals(List.of("interp"), l.program().command());
    assertEquals(Conventions.SEP, l.conventions());
    assertEquals(List.of("adj=y", "add=n"), l.conventions().flags(true, false));
    assertEquals(Copy.INSTANCE, l.model());
    assertEquals(new Split(1), l.data());
    assertEquals(4, l.tasks());
    SolverSpec.Regularized reg = assertInstanceOf(SolverSpec.Regularized.class, p.solver());
    assertEquals(0.25, reg.eps());
    assertEquals(20, p.niter());
    assertEquals(Optional.of("/inv/it"), p.output().modelIterations());
    assertEquals("solve-reg", p.name());
  }

  @Test
  void compositionsNest() {
    InversionProblem p = InversionProblem.parse(problem("{'chain': [{'diagonal': '/inv/w.H'}, {'scale': 2, 'operator': "
        + INTERP + "}]}", "'cg'", ""), "p.json");
    Chain chain = assertInstanceOf(Chain.class, p.operator());
    assertEquals(new Diagonal("/inv/w.H"), chain.operators().get(0));
    assertEquals(2.0, assertInstanceOf(Scaled.class, chain.operators().get(1)).factor());
  }

  @Test
  void conventionsCanBeRenamed() {
    InversionProblem p = InversionProblem.parse(problem("{'program': {'command': ['op']}, 'conventions': {'adj': "
        + "'adjoint', 'model': 'x='}}", "'cg'", ""), "p.json");
    assertEquals(new Conventions("adjoint", "add", "x=", "data="), ((ProgramOperator) p.operator()).conventions());
  }

  @Test
  void everyMistakeIsReportedAtItsPath() {
    List<JobError> all = errors(problem("{'program': {'command': ['op']}, 'model': {'patch': {'blocks': [2]}},"
        + " 'data': {'split': {'axis': 2}}, 'conventions': {'adj': 'add', 'data': 'data'}}",
        "{'method': 'reg', 'eps': -1}", "'nitre': 3"));
    List<String> paths = all.stream().map(JobError::path).toList();
    assertTrue(paths.containsAll(List.of("operator.model", "operator.tasks", "operator.conventions.data",
        "solver.regularization", "solver.eps", "nitre")), paths::toString);
    assertEquals("unknown key; did you mean \"niter\"?", errorAt(problem(ROUGHEN, "'cg'", "'nitre': 3"), "nitre")
        .message());
    assertTrue(errorAt(problem(ROUGHEN, "'cg'", "'nitre': 3"), "nitre").path().equals("nitre"));
  }

  @Test
  void aSplitOperatorNeedsItsTaskCount() {
    assertTrue(errorAt(problem("{'program': {'command': ['op']}, 'model': {'split': {'axis': 3}}}", "'cg'", ""),
        "operator.tasks").message().contains("the model is split, so give the number of tasks"));
  }

  @Test
  void patchedOperatorFilesAreRefusedWithTheReason() {
    assertTrue(errorAt(problem("{'program': {'command': ['op']}, 'data': {'patch': {'blocks': [2]}}}", "'cg'", ""),
        "operator.data").message().contains("copied (\"copy\") or split"));
  }

  @Test
  void anUnknownSolverSuggestsTheNearest() {
    assertEquals("\"rge\" is not a solver: expected \"cg\", \"reg\" or \"prec\"; did you mean \"reg\"?",
        errorAt(problem(ROUGHEN, "'rge'", ""), "solver").message());
    assertTrue(errorAt(problem(ROUGHEN, "'reg'", ""), "solver").message().contains("needs its operator and eps"));
  }

  @Test
  void anOperatorOfTwoFormsOrNoneIsRefused() {
    assertTrue(errorAt(problem("{'program': {'command': ['op']}, 'chain': []}", "'cg'", ""), "operator").message()
        .contains("gives program and chain"));
    assertTrue(errorAt(problem("{'chain': [" + ROUGHEN + "]}", "'cg'", ""), "operator.chain").message()
        .contains("at least 2 operators"));
    assertTrue(errorAt(problem("{'stack': [" + ROUGHEN + ", {'program': {'comand': ['x']}}]}", "'cg'", ""),
        "operator.stack[1].program.comand").message().contains("did you mean \"command\""));
  }

  @Test
  void pathsMustBeAbsoluteAndTheModelNotAnInput() {
    assertTrue(errorAt(problem(ROUGHEN, "'cg'", "").replace("\"/inv/d.H\"", "\"d.H\""), "data").message()
        .contains("relative path"));
    assertTrue(errorAt(problem(ROUGHEN, "'cg'", "").replace("\"/inv/m.H\"", "\"/inv/m0.H\""), "output.model")
        .message().contains("also an input"));
  }

  @Test
  void niterIsBoundedAndSyntaxErrorsGiveTheLine() {
    assertTrue(errorAt(problem(ROUGHEN, "'cg'", "").replace("20", "0"), "niter").message().contains("1 to"));
    assertTrue(errors("{\n\"data\": 1,\n}").get(0).message().startsWith("line 3, column 1: not valid JSON"));
  }
}
