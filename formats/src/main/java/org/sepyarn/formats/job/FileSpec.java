package org.sepyarn.formats.job;

import java.util.Objects;
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
 */
public record FileSpec(FileTag tag, String path, Usage usage, Distribution distribute) {
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
    Problems problems = new Problems();
    check(tag, path, usage, problems);
    checkDistribution(path, usage, distribute, problems);
    problems.throwIfAny("file " + path);
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
