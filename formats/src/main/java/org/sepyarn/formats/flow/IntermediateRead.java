package org.sepyarn.formats.flow;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.sepyarn.formats.job.FileSpec;

/**
 * One step's read of an intermediate that an earlier step writes.
 *
 * @param intermediate the intermediate's name, without its {@code @}
 * @param writerStep the writing step's index in the flow
 * @param writerFile the intermediate's index among the writing step's files
 * @param writerTasks how many tasks the writing step has, each writing one piece
 * @param readerFile the intermediate's index among the reading step's files
 * @param written how the writing step cuts it
 * @param read how the reading step cuts it
 * @param routing how the reading tasks get it from the pieces
 */
public record IntermediateRead(String intermediate, int writerStep, int writerFile, int writerTasks,
    int readerFile, FileSpec written, FileSpec read, Routing routing) {
  public IntermediateRead {
    Objects.requireNonNull(intermediate, "intermediate");
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(routing, "routing");
  }

  /** The pieces (the writing step's task numbers) that reading task {@code task} needs. */
  public List<Integer> piecesFor(int task) {
    if (routing == Routing.PIECE_BY_PIECE) {
      if (task < 0 || task >= writerTasks) {
        throw new IndexOutOfBoundsException("task " + task + " reads piece " + task + " of @" + intermediate
            + ", which has pieces 0 to " + (writerTasks - 1));
      }
      return List.of(task);
    }
    return IntStream.range(0, writerTasks).boxed().toList();
  }
}
