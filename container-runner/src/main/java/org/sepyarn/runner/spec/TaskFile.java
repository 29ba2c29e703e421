package org.sepyarn.runner.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One file of one task, as the runner sees it.
 *
 * @param tag how the program gets it: {@code <} (stdin), {@code >} (stdout), {@code name=} or
 *     {@code @k} (the k-th positional file)
 * @param role input or output
 * @param localName the dataset's header name in the container's working folder
 * @param source for an input, the dataset on the cluster file system (a URI)
 * @param window for an input, the window of the source this task reads, in
 *     {@link org.sepyarn.formats.geometry.Window#toString()} form; null means the whole dataset
 * @param joinInto for an output whose pieces are concatenated, the final dataset's header (a
 *     URI): the runner may commit the piece's binary beside it, so that the merge can join the
 *     binaries without copying them; null otherwise
 * @param joinAxis the axis (1-based) the pieces of {@code joinInto} are concatenated along, or null
 * @param gather for an input of a flow's task gathered from several pieces of an intermediate, where
 *     they are and how to read them ({@code source} then names the work folder's pieces, for
 *     messages); null for an input read from one dataset
 * @param irregular for an input cut by header keys, the records of its piece (and {@code window}
 *     is null); null otherwise
 * @param scattered for an input read from the parts scatter tasks wrote of {@code source}'s
 *     {@code window}, where those are; null for an input read from the dataset itself
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskFile(String tag, FileRole role, String localName, String source, String window, String joinInto,
    Integer joinAxis, PieceGather gather, IrregularInput irregular, ScatteredInput scattered) {
  public TaskFile {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(localName, "localName");
    if (localName.isEmpty() || localName.contains("/") || localName.startsWith(".")) {
      throw new IllegalArgumentException("local name \"" + localName + "\" must be a plain file name");
    }
    if (role == FileRole.INPUT && source == null) {
      throw new IllegalArgumentException("input " + tag + " has no source dataset");
    }
    if ((joinInto == null) != (joinAxis == null) || joinInto != null && role != FileRole.OUTPUT) {
      throw new IllegalArgumentException("file " + tag + ": joinInto and joinAxis go together, on outputs only");
    }
    if (gather != null && (role != FileRole.INPUT || window != null)) {
      throw new IllegalArgumentException("file " + tag + ": a gathered input computes its own window; inputs only");
    }
    if (irregular != null && (role != FileRole.INPUT || window != null)) {
      throw new IllegalArgumentException("file " + tag + ": an irregular piece is an input's, and has no window");
    }
    if (gather != null && irregular != null) {
      throw new IllegalArgumentException("file " + tag + ": an input is gathered from an intermediate's pieces or cut"
          + " by header keys, not both");
    }
    if (scattered != null && (role != FileRole.INPUT || window == null || gather != null || irregular != null)) {
      throw new IllegalArgumentException("file " + tag + ": a scattered input is a window of a dataset input");
    }
  }

  public TaskFile(String tag, FileRole role, String localName, String source, String window, String joinInto,
      Integer joinAxis, PieceGather gather, IrregularInput irregular) {
    this(tag, role, localName, source, window, joinInto, joinAxis, gather, irregular, null);
  }

  /** A file read from one dataset (not gathered, not cut by header keys), or written. */
  public TaskFile(String tag, FileRole role, String localName, String source, String window, String joinInto,
      Integer joinAxis) {
    this(tag, role, localName, source, window, joinInto, joinAxis, null, null);
  }

  /** An input gathered from several pieces of an intermediate ({@code source} says where, for messages). */
  public static TaskFile gathered(String tag, String localName, String source, PieceGather gather) {
    return new TaskFile(tag, FileRole.INPUT, localName, source, null, null, null,
        Objects.requireNonNull(gather, "gather"), null);
  }

  /** The input {@code source} whose piece is the header records and traces {@code irregular} names. */
  public static TaskFile irregularInput(String tag, String localName, String source, IrregularInput irregular) {
    return new TaskFile(tag, FileRole.INPUT, localName, source, null, null, null, null,
        Objects.requireNonNull(irregular, "irregular"));
  }

  /** A file whose output, if any, is merged without a join target. */
  public TaskFile(String tag, FileRole role, String localName, String source, String window) {
    this(tag, role, localName, source, window, null, null);
  }

  /** This output, to be concatenated along {@code axis} into the dataset whose header is {@code finalHeader}. */
  public TaskFile joinedInto(String finalHeader, int axis) {
    return new TaskFile(tag, role, localName, source, window, finalHeader, axis, gather, irregular, scattered);
  }

  /** This input, read from the parts scatter tasks write of its window. */
  public TaskFile scatteredFrom(ScatteredInput parts) {
    return new TaskFile(tag, role, localName, source, window, joinInto, joinAxis, gather, irregular,
        java.util.Objects.requireNonNull(parts, "parts"));
  }

  /**
   * The argument naming this file on the program's command line: {@code name=<path>}, or the
   * path alone for a positional file; null for stdin/stdout.
   */
  public String argument(String localPath) {
    if (tag.equals("<") || tag.equals(">")) {
      return null;
    }
    return isPositional() ? localPath : tag + localPath;
  }

  /** Whether the program gets this file as a positional word ({@code @k}). */
  @JsonIgnore
  public boolean isPositional() {
    return tag.startsWith("@");
  }

  /** The position k of a {@code @k} file. */
  @JsonIgnore
  public int position() {
    if (!isPositional()) {
      throw new IllegalStateException("file " + tag + " is not positional");
    }
    return Integer.parseInt(tag.substring(1));
  }

  @JsonIgnore
  public boolean isStdin() {
    return tag.equals("<");
  }

  @JsonIgnore
  public boolean isStdout() {
    return tag.equals(">");
  }
}
