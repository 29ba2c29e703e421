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
