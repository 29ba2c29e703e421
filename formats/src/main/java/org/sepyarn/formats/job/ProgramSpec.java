package org.sepyarn.formats.job;

import java.net.URI;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The serial program every task runs.
 *
 * @param command the executable and any fixed leading words, at least one, none empty
 * @param args arguments for every task, after the command (default none)
 * @param env environment variables for the program (default none)
 * @param localize files YARN copies into every task's working directory (default none); each is
 *     named by its last path segment, or by its {@code #fragment} if it has one
 * @param secretArgs names of parameters whose values are secret (default none): an argument
 *     {@code name=value} of the program's or of a task's, whose name is listed, reaches the program
 *     as it is but is shown everywhere else (the tracking page, {@code /api/job}, {@code validate},
 *     diagnostics) as {@code name=***} ({@link #shown(String)})
 * @param archives archives YARN unpacks into every task's working directory (default none), each
 *     {@code .tar.gz}, {@code .tgz}, {@code .tar}, {@code .zip} or {@code .jar}; the folder is named by
 *     the {@code #fragment}, or else by the archive's file name
 * @param secretEnv names of {@link #env} variables whose values are secret (default none): the
 *     program gets them as they are, everything else shows {@code ***} ({@link #shownEnv()})
 * @param container the Docker image the tasks run in through YARN's Docker runtime, if any
 */
public record ProgramSpec(List<String> command, List<String> args, Map<String, String> env, List<URI> localize,
    List<String> secretArgs, List<URI> archives, List<String> secretEnv, Optional<ContainerImage> container) {
  /** What a secret value is shown as. */
  public static final String HIDDEN = "***";
  private static final Pattern SECRET_NAME = Pattern.compile("[^=\\s]+");
  /** Environment variables sepyarn sets for the program start with this. */
  public static final String RESERVED_ENV_PREFIX = "SEPYARN_";
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** The archive kinds YARN unpacks ({@code FSDownload}), by the end of the file's name. */
  public static final List<String> ARCHIVE_SUFFIXES = List.of(".tar.gz", ".tgz", ".tar", ".zip", ".jar");

  public ProgramSpec {
    command = List.copyOf(command);
    args = List.copyOf(args);
    env = Collections.unmodifiableMap(new TreeMap<>(env));
    localize = List.copyOf(localize);
    secretArgs = List.copyOf(secretArgs);
    archives = List.copyOf(archives);
    secretEnv = List.copyOf(secretEnv);
    java.util.Objects.requireNonNull(container, "container");
    Problems problems = new Problems();
    check(command, args, env, localize, problems);
    checkSecretArgs(secretArgs, problems.field("secretArgs"));
    checkShipped(localize, archives, problems);
    checkSecretEnv(secretEnv, env, problems.field("secretEnv"));
    problems.throwIfAny("program");
  }

  /** A program none of whose arguments is secret. */
  public ProgramSpec(List<String> command, List<String> args, Map<String, String> env, List<URI> localize) {
    this(command, args, env, localize, List.of());
  }

  /** A program without archives, secret environment values or container image. */
  public ProgramSpec(List<String> command, List<String> args, Map<String, String> env, List<URI> localize,
      List<String> secretArgs) {
    this(command, args, env, localize, secretArgs, List.of(), List.of(), Optional.empty());
  }

  /** This program with other files to localize and archives to unpack (the embedded mode's copies). */
  public ProgramSpec withShipped(List<URI> newLocalize, List<URI> newArchives) {
    return new ProgramSpec(command, args, env, newLocalize, secretArgs, newArchives, secretEnv, container);
  }

  static void checkSecretEnv(List<String> names, Map<String, String> env, Problems at) {
    for (int i = 0; i < names.size(); i++) {
      if (!env.containsKey(names.get(i))) {
        at.index(i).add("\"" + names.get(i) + "\" is not a variable of program.env: name a variable the job sets"
            + (env.isEmpty() ? " (program.env is empty)" : ", one of " + env.keySet()));
      }
    }
  }

  /** {@link #env} as it may be shown: the values of {@link #secretEnv} variables replaced by {@value #HIDDEN}. */
  public Map<String, String> shownEnv() {
    Map<String, String> shown = new TreeMap<>(env);
    secretEnv.forEach(name -> shown.computeIfPresent(name, (k, v) -> HIDDEN));
    return Collections.unmodifiableMap(shown);
  }

  static void checkSecretArgs(List<String> names, Problems at) {
    for (int i = 0; i < names.size(); i++) {
      if (!SECRET_NAME.matcher(names.get(i)).matches()) {
        at.index(i).add("\"" + names.get(i) + "\" is not a parameter name: give the part before \"=\" of the"
            + " arguments to hide, e.g. \"password\" for password=...");
      }
    }
  }

  /** {@code arg} as it may be shown: {@code name=***} when {@code name} is a secret argument's. */
  public String shown(String arg) {
    int eq = arg.indexOf('=');
    if (eq > 0 && secretArgs.contains(arg.substring(0, eq))) {
      return arg.substring(0, eq + 1) + HIDDEN;
    }
    return arg;
  }

  /** Each of {@code args} as it may be shown ({@link #shown(String)}). */
  public List<String> shown(List<String> args) {
    return secretArgs.isEmpty() ? args : args.stream().map(this::shown).toList();
  }

  /** A program with only a command: no arguments, environment or localized files. */
  public static ProgramSpec of(String... command) {
    return new ProgramSpec(List.of(command), List.of(), Map.of(), List.of());
  }

  static void check(List<String> command, List<String> args, Map<String, String> env, List<URI> localize,
      Problems at) {
    if (command.isEmpty()) {
      at.field("command").add("an empty list: give the program to run, e.g. [\"/opt/rsf/bin/sfsmooth\"]");
    }
    for (int i = 0; i < command.size(); i++) {
      if (command.get(i).isBlank()) {
        at.field("command").index(i).add("\"" + command.get(i) + "\": a command word cannot be blank");
      }
    }
    ArgumentRules.checkArgs(args, at.field("args"));
    for (Map.Entry<String, String> e : env.entrySet()) {
      if (!ENV_NAME.matcher(e.getKey()).matches()) {
        at.field("env").add("\"" + e.getKey() + "\" is not an environment variable name: use letters,"
            + " digits and \"_\", not starting with a digit");
      } else if (e.getKey().equals("DATAPATH")) {
        at.field("env").field(e.getKey()).add(ArgumentRules.DATAPATH_REASON + "; remove it");
      } else if (e.getKey().startsWith(RESERVED_ENV_PREFIX)) {
        at.field("env").field(e.getKey()).add("names starting with " + RESERVED_ENV_PREFIX
            + " are sepyarn's own; choose another name");
      }
      if (e.getValue().indexOf('\0') >= 0) {
        at.field("env").field(e.getKey()).add("a value cannot contain a NUL character");
      }
    }
  }

  /**
   * Checks {@code localize} and {@code archives}: each a file with a usable name in the working
   * folder, each archive of a kind YARN unpacks, every name unique across both lists.
   */
  static void checkShipped(List<URI> localize, List<URI> archives, Problems at) {
    Map<String, String> firstByName = new HashMap<>();
    checkLocalize(localize, at.field("localize"), "localize", firstByName);
    checkLocalize(archives, at.field("archives"), "archives", firstByName);
    for (int i = 0; i < archives.size(); i++) {
      String path = archives.get(i).getPath() == null ? "" : archives.get(i).getPath().toLowerCase(Locale.ROOT);
      if (ARCHIVE_SUFFIXES.stream().noneMatch(path::endsWith)) {
        at.field("archives").index(i).add("\"" + archives.get(i) + "\" is not an archive YARN unpacks: its name"
            + " must end with one of " + ARCHIVE_SUFFIXES + "; ship a single file with program.localize instead");
      }
    }
  }

  private static void checkLocalize(List<URI> localize, Problems at, String field, Map<String, String> firstByName) {
    for (int i = 0; i < localize.size(); i++) {
      URI uri = localize.get(i);
      Problems here = at.index(i);
      if (uri.getPath() == null || !(uri.isAbsolute() || uri.getPath().startsWith("/"))) {
        here.add("\"" + uri + "\" is neither an absolute path nor a URI with a scheme,"
            + " e.g. \"hdfs:///apps/bin/mytool\"");
        continue;
      }
      String name = localName(uri);
      if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/")) {
        here.add("\"" + uri + "\" does not name a file: end the path with a file name, or name it with"
            + " \"#name\"");
        continue;
      }
      java.util.Optional<String> reserved = ContainerNames.whyReserved(name);
      if (reserved.isPresent()) {
        here.add("\"" + uri + "\" would be localized as \"" + name + "\", " + reserved.get()
            + " in every task's working folder: give it another name with \"#othername\", e.g. \""
            + withFragment(uri, "my-" + name.replaceAll("^[.]+", "")) + "\"");
        continue;
      }
      String first = firstByName.putIfAbsent(name, field + "[" + i + "]");
      if (first != null) {
        here.add("\"" + uri + "\" is localized as \"" + name + "\", like " + first + ":"
            + " names must be unique; rename one with \"#othername\"");
      }
    }
  }

  private static String withFragment(URI uri, String fragment) {
    String text = uri.toString();
    int hash = text.indexOf('#');
    return (hash >= 0 ? text.substring(0, hash) : text) + "#" + fragment;
  }

  /** The file name a localized URI gets in the task's working directory. */
  public static String localName(URI uri) {
    if (uri.getFragment() != null) {
      return uri.getFragment();
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The executable's file name, e.g. {@code sfsmooth}: the default job name. */
  public String commandName() {
    String exe = command.get(0);
    String name = exe.substring(exe.lastIndexOf('/') + 1);
    return name.isEmpty() ? exe : name;
  }
}
