package org.sepyarn.client.inversion;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.inversion.InversionProblem;
import org.sepyarn.formats.inversion.Space;
import org.sepyarn.formats.inversion.SpaceCheck;
import org.sepyarn.formats.job.JobValidationException;

/**
 * Checks an inversion problem against its datasets: each dataset it names can be read, and the
 * operators' spaces agree with the data's and the initial model's shapes ({@link SpaceCheck}).
 */
public final class ProblemCheck {
  private final Configuration conf;
  private final Map<String, Optional<Space.Grid>> shapes = new LinkedHashMap<>();
  private final List<String> unreadable = new ArrayList<>();

  public ProblemCheck(Configuration conf) {
    this.conf = conf;
  }

  /**
   * @throws JobValidationException naming each dataset that cannot be read and each space that
   *     does not match, at its field path
   */
  public void check(InversionProblem problem, String source) {
    SpaceCheck.check(problem, this::shape, source);
    if (!unreadable.isEmpty()) {
      throw new JobValidationException(source + " against its datasets", unreadable.stream()
          .map(u -> new org.sepyarn.formats.job.JobError("", u)).toList());
    }
  }

  private Optional<Space.Grid> shape(String path) {
    return shapes.computeIfAbsent(path, p -> {
      try {
        Dataset dataset = Dataset.open(new Path(p), conf);
        Hypercube cube = dataset.cube();
        return Optional.of(new Space.Grid(cube, dataset.format().components() == 2 ? Space.Samples.COMPLEX
            : Space.Samples.REAL));
      } catch (FileNotFoundException e) {
        unreadable.add("dataset " + p + " does not exist");
      } catch (IOException | RuntimeException e) {
        unreadable.add("dataset " + p + " cannot be read: " + e.getMessage());
      }
      return Optional.empty();
    });
  }
}
