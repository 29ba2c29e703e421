package org.sepyarn.formats.job;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One dataset the program reads or writes, and how it is shared among the tasks.
 *
 * @param tag how the program receives it: {@code <}, {@code >} or {@code name=}
 * @param path the dataset's header, an absolute path or a URI with a scheme ({@code hdfs:///data/in.H});
 *     or, in a job with {@code steps}, {@code @name}: an intermediate that one step writes and later
 *     steps read, kept in pieces in the job's work folder
 * @param usage whether the program reads or writes it
 * @param distribute how it is cut among the tasks, or copied whole
 * @param keep for an intermediate a step writes, the dataset its pieces are also merged into when
 *     the job succeeds (an absolute path or a URI, as a dataset's {@code path}), merged as an output
 *     of that step with this file's distribution would be; empty for every other file, and for an
 *     intermediate that lives only in the work folder
 */
public record FileSpec(FileTag tag, String path, Usage usage, Distribution distribute, Optional<String> keep) {
  /** Paths that start with this name an intermediate of a flow rather than a dataset. */
  public static final String INTERMEDIATE_MARK = "@";
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");
  /** The name of an intermediate after its {@code @}: a letter, then letters, digits, {@code _} or {@code -}. */
  private static final Pattern INTERMEDIATE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

  public FileSpec {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(distribute, "distribute");
    Objects.requireNonNull(keep, "keep");
    Problems problems = new Problems();
    check(tag, path, usage, problems);
    checkDistribution(path, usage, distribute, problems);
    keep.ifPresent(k -> checkKeep(path, usage, k, problems.field("keep")));
    problems.throwIfAny("file " + path);
  }

  /** A file that is not kept as a dataset besides: every dataset, and an intermediate left in the work folder. */
  public FileSpec(FileTag tag, String path, Usage usage, Distribution distribute) {
    this(tag, path, usage, distribute, Optional.empty());
  }

  /**
   * This intermediate, written by its step, kept as the dataset {@code dataset} as well when the
   * job succeeds (see {@link #keep}).
   *
   * @throws JobValidationException when this file is not an intermediate the step writes, or the
   *     path is not a dataset's
   */
  public FileSpec keptAs(String dataset) {
    return new FileSpec(tag, path, usage, distribute, Optional.of(dataset));
  }

  /** This file at {@code newPath}, kept as it was (an intermediate keeps its kept dataset). */
  public FileSpec withPath(String newPath) {
    return new FileSpec(tag, newPath, usage, distribute, keep);
  }

  /**
   * Only the step that writes an intermediate says where it is kept, and it is kept as a dataset:
   * an absolute path or a URI.
   */
  static void checkKeep(String path, Usage usage, String dataset, Problems at) {
    if (!path.startsWith(INTERMEDIATE_MARK)) {
      at.add("\"" + path + "\" is a dataset, which is kept anyway: only an intermediate (\"@name\") may be kept"
          + " as a dataset as well; leave \"keep\" out");
    } else if (usage != Usage.OUTPUT) {
      at.add(path + " is read here: the step that writes it says where it is kept; move \"keep\" to that step's"
          + " file of " + path);
    } else if (dataset.startsWith(INTERMEDIATE_MARK)) {
      at.add("\"" + dataset + "\" is an intermediate's name: give the dataset " + path + " is kept as, an absolute"
          + " path (\"/data/" + path.substring(1) + ".H\") or a URI");
    } else {
      checkPath(dataset, at);
    }
  }

  /**
   * The dataset an output's pieces are merged into: its path, or a kept intermediate's {@link #keep}
   * (an intermediate that is not kept has none, and gives its {@code @name}).
   */
  public String mergedPath() {
    return keep.orElse(path);
  }

  /** Whether this is an intermediate its step writes that is also kept as a dataset ({@link #keep}). */
  public boolean isKept() {
    return keep.isPresent();
  }

  /**
   * The dataset a kept intermediate is merged into, as an output file of its step: same tag and
   * distribution, at {@link #keep}.
   */
  public FileSpec keptDataset() {
    return new FileSpec(tag, keep.orElseThrow(() -> new IllegalStateException(path + " is not kept as a dataset")),
        usage, distribute);
  }

  static void check(FileTag tag, String path, Usage usage, Problems at) {
    checkPath(path, at.field("path"));
    if (tag.kind() == FileTag.Kind.STDIN && usage != Usage.INPUT) {
      at.field("tag").add("\"<\" makes the file the program's stdin, so it must be an input, but usage is \""
          + usage.jsonName() + "\"; use \">\" for the program's stdout");
    }
    if (tag.kind() == FileTag.Kind.STDOUT && usage != Usage.OUTPUT) {
      at.field("tag").add("\">\" makes the program's stdout the file, so it must be an output, but usage is \""
          + usage.jsonName() + "\"; use \"<\" for the program's stdin");
    }
  }

  /** An irregular cut is for SEP3D datasets the program reads (SEP's {@code pf_irreg}). */
  static void checkDistribution(String path, Usage usage, Distribution distribute, Problems at) {
    if (!(distribute instanceof Irregular)) {
      return;
    }
    if (usage == Usage.OUTPUT) {
      at.field("distribute").field("irregular").add("an output cannot be irregular: as in SEP, only inputs are cut by"
          + " header keys, and the program's outputs are regular datasets merged as split, patch or copy; give"
          + " this output \"copy\" (summed) or {\"split\": {\"axis\": K}}");
    } else if (path.startsWith(INTERMEDIATE_MARK)) {
      at.field("distribute").field("irregular").add(path + " is an intermediate, a regular dataset; only a SEP3D"
          + " dataset is cut by header keys: read it with split, patch or copy");
    }
  }

  static void checkPath(String path, Problems at) {
    if (path.startsWith(INTERMEDIATE_MARK)) {
      checkIntermediateName(path, at);
    } else if (path.isBlank()) {
      at.add("an empty path: give the dataset's header, e.g. \"hdfs:///data/in.H\"");
    } else if (!path.equals(path.strip()) || path.indexOf('\0') >= 0) {
      at.add("\"" + path + "\" has leading or trailing blanks or a NUL character");
    } else if (!path.startsWith("/") && !SCHEME.matcher(path).matches()) {
      at.add("\"" + path + "\" is relative: give an absolute path (\"/data/in.H\") or a URI with a scheme"
          + " (\"hdfs:///data/in.H\"), since the client and the tasks run in different directories");
    } else if (path.endsWith("/")) {
      at.add("\"" + path + "\" names a directory: give the dataset's header file");
    }
  }

  private static void checkIntermediateName(String path, Problems at) {
    if (!INTERMEDIATE.matcher(path.substring(1)).matches()) {
      at.add("\"" + path + "\" is not an intermediate's name: after \"@\" comes a letter, then letters, digits,"
          + " \"_\" or \"-\", at most 64 in all, e.g. \"@scaled\"; a dataset is an absolute path or a URI");
    }
  }

  /** Whether the file is an intermediate of a flow ({@code @name}) rather than a dataset. */
  public boolean isIntermediate() {
    return path.startsWith(INTERMEDIATE_MARK);
  }

  /** The intermediate's name without its {@code @}; only for {@link #isIntermediate()} files. */
  public String intermediateName() {
    if (!isIntermediate()) {
      throw new IllegalStateException(path + " is a dataset, not an intermediate");
    }
    return path.substring(1);
  }

  public boolean isInput() {
    return usage == Usage.INPUT;
  }

  public boolean isOutput() {
    return usage == Usage.OUTPUT;
  }
}
