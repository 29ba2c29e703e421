package org.sepyarn.formats.flow;

import java.util.List;
import java.util.Optional;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.Patching;
import org.sepyarn.formats.job.StepSpec;

/**
 * Where the extent of an intermediate written in patches is known along its patched axes: its
 * pieces fill the patches of the writing step's input patched the same way, so that input's
 * header says it. When that input is itself an intermediate written in patches on those axes,
 * the search goes on to its own writer, back to a dataset.
 */
public final class PatchedSource {
  private PatchedSource() {
  }

  /**
   * The dataset whose header gives the extent along {@code patching}'s axes of what step
   * {@code writerStep} of {@code steps} writes cut by {@code patching}; empty when no input of
   * that step, followed back through earlier steps, leads to one.
   */
  public static Optional<String> datasetFor(List<StepSpec> steps, int writerStep, Patching patching) {
    return search(steps, writerStep, patching, patching.axes());
  }

  private static Optional<String> search(List<StepSpec> steps, int step, Patching cut, List<Integer> axes) {
    for (FileSpec input : steps.get(step).files()) {
      if (!input.isInput() || !(input.distribute() instanceof Patching p) || !p.sameCutAs(cut)) {
        continue;
      }
      if (!input.isIntermediate()) {
        return Optional.of(input.path());
      }
      for (int earlier = step - 1; earlier >= 0; earlier--) {
        for (FileSpec out : steps.get(earlier).files()) {
          if (out.isOutput() && out.path().equals(input.path()) && out.distribute() instanceof Patching w
              && w.axes().containsAll(axes)) {
            Optional<String> found = search(steps, earlier, w, axes);
            if (found.isPresent()) {
              return found;
            }
          }
        }
      }
    }
    return Optional.empty();
  }
}
