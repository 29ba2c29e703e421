package org.sepyarn.client.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.client.cli.Command;
import org.sepyarn.client.cli.Console;
import org.sepyarn.client.cli.ExitCode;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.client.embedded.EmbeddedSession;
import org.sepyarn.client.inversion.ProblemCheck;
import org.sepyarn.client.inversion.ProgramFailedException;
import org.sepyarn.client.inversion.SerialDotTest;
import org.sepyarn.client.job.JobLoader;
import org.sepyarn.client.job.JobText;
import org.sepyarn.formats.inversion.InversionProblem;
import org.sepyarn.formats.inversion.OperatorSpec;
import org.sepyarn.formats.inversion.ProgramOperator;
import org.sepyarn.formats.inversion.SolverSpec;
import org.sepyarn.formats.inversion.flow.SolveFlow;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.JobValidationException;
import org.sepyarn.formats.solver.DotTest;

/**
 * {@code sepyarn solve problem.json}: an inversion as one YARN application, its iterations the
 * steps of a flow ({@link SolveFlow}), submitted and followed as {@code submit} does.
 */
public final class SolveCommand implements Command {
  static final double DOTTEST_TOLERANCE = 1e-5;

  private final YarnClients clients;
  private final SubmitCommand submit;

  public SolveCommand(YarnClients clients) {
    this.clients = clients;
    this.submit = new SubmitCommand(clients);
  }

  @Override
  public String name() {
    return "solve";
  }

  @Override
  public String arguments() {
    return "problem.json";
  }

  @Override
  public String summary() {
    return "solve an inversion problem out of core: its operators and conjugate-gradient steps as one flow job";
  }

  @Override
  public String description() {
    return "Reads problem.json (docs/inversion.md), checks it and its datasets' spaces (exit 2 when invalid), writes"
        + " its conjugate-gradient iterations as the steps of one flow job and submits that as submit does (the same"
        + " options: --detach, --embedded, --keep-work, --principal/--keytab). The vectors stay split in the job's"
        + " work folder between iterations; the model, the norms table (output.norms, by default <model>-norms.H)"
        + " and the iterations asked for are written when the job succeeds. status, kill, logs and resume work on"
        + " the application as on any job. --show-flow prints the flow job instead of submitting it. --dottest"
        + " first runs the dot-product test of each operator on this machine (its programs as local processes) and"
        + " refuses to start (exit 1) when one fails.";
  }

  @Override
  public boolean talksToCluster() {
    return true;
  }

  @Override
  public Options options() {
    Options options = submit.options();
    options.addOption(Option.builder().longOpt("show-flow")
        .desc("print the flow job the problem is solved by, and submit nothing").build());
    options.addOption(Option.builder().longOpt("dottest")
        .desc("run the dot-product test of every operator first (on this machine); start only if all pass").build());
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    if (line.getArgs().length != 1) {
      throw new InvalidInputException("expected one problem file (problem.json), got " + (line.getArgs().length == 0
          ? "none" : line.getArgList()) + "; docs/inversion.md describes it");
    }
    String location = line.getArgs()[0];
    boolean embedded = line.hasOption("embedded");
    Configuration datasets = embedded ? EmbeddedSession.localConfiguration(clients.configuration())
        : clients.configuration();
    JobText text = JobLoader.read(location, datasets);
    InversionProblem problem;
    String flow;
    try {
      problem = InversionProblem.parse(text.json(), location);
      new ProblemCheck(datasets).check(problem, location);
      flow = SolveFlow.json(problem, SolveFlow.TOOL);
      JobSpec.parse(flow, location + " (its flow)");
    } catch (JobValidationException e) {
      throw new InvalidInputException(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(location + ": operator: " + e.getMessage(), e);
    }
    if (line.hasOption("dottest") && !dotTests(problem, datasets, console)) {
      return ExitCode.JOB_FAILED;
    }
    if (line.hasOption("show-flow")) {
      console.out().println(flow);
      return ExitCode.SUCCESS;
    }
    Path job = Files.createTempFile("sepyarn-solve-", ".json");
    try {
      Files.writeString(job, flow, StandardCharsets.UTF_8);
      console.out().println("solving " + problem.name() + ": " + problem.niter() + " iterations of "
          + problem.solver().method() + " as a flow job");
      return submit.submit(job.toString(), line, console);
    } finally {
      Files.deleteIfExists(job);
    }
  }

  /** The dot-product test of each operator of the problem; whether all pass. */
  private static boolean dotTests(InversionProblem problem, Configuration conf, Console console) throws IOException {
    List<Tested> operators = new ArrayList<>();
    operators.add(new Tested("operator", problem.operator(), problem.initialModel()));
    if (problem.solver() instanceof SolverSpec.Regularized reg) {
      operators.add(new Tested("solver.regularization", reg.regularization(), problem.initialModel()));
    } else if (problem.solver() instanceof SolverSpec.Preconditioned prec) {
      String space = prec.preconditioner() instanceof ProgramOperator p ? p.modelSpace().orElse(null) : null;
      if (space == null) {
        console.err().println("dottest: solver.preconditioner: not tested, its model space is not given"
            + " (\"modelSpace\")");
      } else {
        operators.add(new Tested("solver.preconditioner", prec.preconditioner(), space));
      }
    }
    boolean all = true;
    for (Tested t : operators) {
      Path scratch = Files.createTempDirectory("sepyarn-dottest");
      try {
        DotTest.Result result = SerialDotTest.run(t.operator(), t.modelSpace(), 1, scratch, conf);
        boolean passes = result.passes(DOTTEST_TOLERANCE);
        console.out().println("dottest " + t.field() + " (" + t.operator().describe() + "): " + result + ": "
            + (passes ? "passes" : "FAILS, the relative difference must be at most " + DOTTEST_TOLERANCE));
        all &= passes;
      } catch (ProgramFailedException | IllegalArgumentException e) {
        console.err().println("dottest " + t.field() + ": " + e.getMessage());
        all = false;
      } finally {
        DottestCommand.delete(scratch);
      }
    }
    if (!all) {
      console.err().println("solve: not started: an operator fails the dot-product test");
    }
    return all;
  }

  private record Tested(String field, OperatorSpec operator, String modelSpace) {
  }
}
