package org.sepyarn.am.merge;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sepyarn.am.plan.OutputMerge;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.merge.BlendShape;
import org.sepyarn.formats.merge.PieceShapes;

/**
 * Checks every output piece's shape as soon as its task commits, so that a job whose pieces cannot
 * be merged fails at the first bad piece rather than after the last task. A piece is checked
 * against its plan along the axes the output's distribution cuts (a patch's window) and against
 * the first piece committed for the same output along every other axis ({@link PieceShapes}), and
 * in its sample format ({@code data_format}, so element size and byte order) against that first
 * piece: the rules the merge applies. Not thread-safe: the ApplicationMaster calls it from its
 * event loop.
 */
public final class PieceShapeWatch {
  /** Reads the header of task {@code task}'s committed piece of {@code output}. */
  @FunctionalInterface
  public interface PieceHeaders {
    PieceHeader header(int task, OutputMerge output) throws IOException;
  }

  /** What the watch reads of a piece's header: its shape and how its samples are stored. */
  public record PieceHeader(Hypercube cube, ElementFormat format) {
    public PieceHeader {
      Objects.requireNonNull(cube, "cube");
      Objects.requireNonNull(format, "format");
    }
  }

  private record Reference(int task, PieceHeader header) {
  }

  private final List<OutputMerge> outputs;
  private final PieceHeaders headers;
  private final Map<Integer, Reference> first = new HashMap<>();
  private final String applicationId;

  /** A watch whose messages name the application {@code APPID}. */
  public PieceShapeWatch(List<OutputMerge> outputs, PieceHeaders headers) {
    this(outputs, headers, "APPID");
  }

  /** @param applicationId the job's application, named in the way out ({@code sepyarn resume ID --rerun N}) */
  public PieceShapeWatch(List<OutputMerge> outputs, PieceHeaders headers, String applicationId) {
    this.outputs = List.copyOf(outputs);
    this.headers = Objects.requireNonNull(headers, "headers");
    this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
  }

  /**
   * Task {@code task} committed its pieces: why one of them cannot be merged with the pieces
   * committed before it (naming the output, both pieces and the axis), or empty when all can.
   */
  public Optional<String> committed(int task) throws IOException {
    for (OutputMerge output : outputs) {
      if (!output.hasPieceOf(task)) {
        continue;
      }
      PieceHeader header = headers.header(task, output);
      Hypercube cube = header.cube();
      Set<Integer> cut = cutAxes(output);
      int piece = output.pieceOf(task);
      Optional<String> problem = output.kind() == OutputMerge.Kind.BLEND && piece < output.placements().size()
          ? PieceShapes.offPlacement(task, cube, output.placements().get(piece), cut) : Optional.empty();
      Reference reference = first.get(output.fileIndex());
      if (problem.isEmpty() && reference != null && !reference.header().format().equals(header.format())) {
        return Optional.of("output files[" + output.fileIndex() + "] " + output.path() + " cannot be merged: piece "
            + task + " is stored as data_format=\"" + header.format() + "\" (esize=" + header.format().esize()
            + ") but piece " + reference.task() + " as \"" + reference.header().format() + "\" (esize="
            + reference.header().format().esize() + ") (piece k is task k's output); all pieces of an output must"
            + " share one format, so the job stops at task " + task + "'s commit; once the program writes one"
            + " format, run the task whose piece is wrong again: sepyarn resume " + applicationId + " --rerun " + task
            + " (or --rerun " + reference.task() + " if piece " + reference.task() + " is the wrong one)");
      }
      if (problem.isEmpty() && reference != null) {
        problem = PieceShapes.disagreement(reference.task(), reference.header().cube(), task, cube, cut);
      }
      if (problem.isPresent()) {
        return Optional.of("output files[" + output.fileIndex() + "] " + output.path() + " cannot be merged ("
            + output.describe() + "): " + problem.get() + " (piece k is task k's output); " + rule(output)
            + ", so the job stops at task " + task + "'s commit");
      }
      if (reference == null) {
        first.put(output.fileIndex(), new Reference(task, header));
      }
    }
    return Optional.empty();
  }

  private static Set<Integer> cutAxes(OutputMerge output) {
    return switch (output.kind()) {
      case SUM -> Set.of();
      case CONCATENATE -> Set.of(output.axis());
      case BLEND -> BlendShape.cutAxes(output.cube(), output.placements());
    };
  }

  private static String rule(OutputMerge output) {
    return switch (output.kind()) {
      case SUM -> "summed pieces must have the same extent, origin and sampling on every axis";
      case CONCATENATE -> "pieces concatenated along axis " + output.axis() + " must agree on every other axis";
      case BLEND -> "each piece fills its patch along the axes the patches cut, and along the other axes every piece"
          + " must have the same extent, origin and sampling";
    };
  }
}
