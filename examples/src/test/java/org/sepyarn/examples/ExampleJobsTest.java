package org.sepyarn.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.JobSpec;

class ExampleJobsTest {
  private static List<Path> jobs() throws IOException {
    try (Stream<Path> files = Files.list(Paths.get("jobs"))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void everyExampleJobIsAValidJob() throws IOException {
    List<Path> jobs = jobs();
    assertTrue(jobs.size() >= 5, "example jobs: " + jobs);
    for (Path p : jobs) {
      JobSpec.parse(Files.readString(p, StandardCharsets.UTF_8), p.toString());
    }
  }

  /** The example problems are valid, and each compiles into a flow job that shows its convergence. */
  @Test
  void everyExampleProblemIsAValidProblemAndAValidFlow() throws IOException {
    List<Path> problems;
    try (Stream<Path> files = Files.list(Paths.get("problems"))) {
      problems = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(!problems.isEmpty(), "example problems");
    for (Path p : problems) {
      org.sepyarn.formats.inversion.InversionProblem problem = org.sepyarn.formats.inversion.InversionProblem.parse(
          Files.readString(p, StandardCharsets.UTF_8), p.toString());
      JobSpec flow = JobSpec.parse(org.sepyarn.formats.inversion.flow.SolveFlow.json(problem,
          org.sepyarn.formats.inversion.flow.SolveFlow.TOOL), p + " as a flow");
      assertEquals(problem.niter(), flow.convergence().orElseThrow().iterations().size(), p::toString);
    }
  }

  @Test
  void theExampleJobsShowEveryKindOfFile() throws IOException {
    Set<String> kinds = jobs().stream()
        .flatMap(p -> {
          try {
            return JobSpec.parse(Files.readString(p, StandardCharsets.UTF_8), p.toString()).files().stream();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        })
        .map(FileSpec::distribute)
        .map(d -> d.kind())
        .collect(Collectors.toSet());
    assertEquals(Set.of("split", "patch", "copy", "irregular"), kinds);
  }
}
