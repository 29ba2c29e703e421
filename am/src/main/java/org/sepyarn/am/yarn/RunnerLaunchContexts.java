package org.sepyarn.am.yarn;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.Credentials;
import org.apache.hadoop.yarn.api.ApplicationConstants;
import org.apache.hadoop.yarn.api.records.ContainerLaunchContext;
import org.apache.hadoop.yarn.api.records.LocalResource;
import org.apache.hadoop.yarn.api.records.LocalResourceType;
import org.sepyarn.am.launch.LaunchSupport;
import org.sepyarn.am.launch.ShellQuoting;
import org.sepyarn.formats.job.ProgramSpec;
import org.sepyarn.runner.spec.PlanFiles;
import org.sepyarn.runner.spec.PlanIndex;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * The launch context of a runner container: sepyarn.jar and the program's localized files as
 * local resources, the byte range of the task in the plan ({@link PlanFiles}, {@link PlanIndex})
 * on the runner's command line, the job's credentials without the AMRMToken, and the runner's
 * command. User values never appear in the command: the runner reads them from the plan.
 */
public final class RunnerLaunchContexts {
  static final String RUNNER_CLASS = "org.sepyarn.runner.RunnerMain";
  private static final int RUNNER_HEAP_MB = 128;
  /**
   * A task runner's JVM spends most of its life starting and waiting for the program; it moves
   * bytes (copies and CRCs, which the client compiler handles as fast) but does no arithmetic.
   * The client compiler alone and the serial collector halve its start on a loaded node (about
   * 4 s to 2 s here, to its first read of the plan). A merge task sums and blends floats, which
   * the optimizing compiler makes about twice as fast, so it keeps it.
   */
  private static final List<String> TASK_RUNNER_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
  private static final List<String> MERGE_RUNNER_JVM = List.of("-XX:+UseSerialGC");

  private final Map<String, LocalResource> resources;
  private final Map<String, String> environment;
  private final Map<String, String> taskRuntime;
  private final java.util.function.Supplier<Credentials> credentials;
  private final WorkLayout work;
  private final PlanIndex plan;

  private RunnerLaunchContexts(Map<String, LocalResource> resources, Map<String, String> environment,
      Map<String, String> taskRuntime, java.util.function.Supplier<Credentials> credentials, WorkLayout work,
      PlanIndex plan) {
    this.resources = resources;
    this.environment = environment;
    this.taskRuntime = taskRuntime;
    this.credentials = credentials;
    this.work = work;
    this.plan = plan;
  }

  /**
   * Looks up the local resources once for every launch.
   *
   * @param plan where each task is in the plan's task file, as the plan was written
   * @param localize the program's files to localize ({@code program.localize}); a {@code #name}
   *     fragment names the link in the working folder, else the file's own name
   */
  public static RunnerLaunchContexts prepare(Configuration conf, WorkLayout work, PlanIndex plan,
      List<URI> localize, Credentials credentials) throws IOException {
    return prepare(conf, work, plan, new ProgramSpec(List.of("program"), List.of(), Map.of(), localize),
        () -> credentials);
  }

  /** As the next {@code prepare}, with credentials that never change. */
  public static RunnerLaunchContexts prepare(Configuration conf, WorkLayout work, PlanIndex plan,
      ProgramSpec program, Credentials credentials) throws IOException {
    return prepare(conf, work, plan, program, () -> credentials);
  }

  /**
   * Looks up the local resources once for every launch: the program's files to localize
   * ({@code program.localize}) and its archives to unpack ({@code program.archives}), each linked
   * in the working folder under its {@code #name} fragment, else its file's own name; and, for a
   * program with a {@code container}, the Docker runtime's settings of its task containers
   * ({@link DockerRuntime}).
   *
   * @param credentials the job's credentials as they are at each launch (tokens renewed from a
   *     keytab replace the expiring ones)
   */
  public static RunnerLaunchContexts prepare(Configuration conf, WorkLayout work, PlanIndex plan,
      ProgramSpec program, java.util.function.Supplier<Credentials> credentials) throws IOException {
    FileSystem fs = work.root().getFileSystem(conf);
    Map<String, LocalResource> resources = new HashMap<>();
    resources.put(WorkLayout.JAR, LaunchSupport.localResource(fs, work.jar(), LocalResourceType.FILE));
    for (URI uri : program.localize()) {
      Path path = new Path(uri.getScheme(), uri.getAuthority(), uri.getPath());
      resources.put(ProgramSpec.localName(uri), LaunchSupport.localResource(path.getFileSystem(conf), path,
          LocalResourceType.FILE));
    }
    for (URI uri : program.archives()) {
      Path path = new Path(uri.getScheme(), uri.getAuthority(), uri.getPath());
      resources.put(ProgramSpec.localName(uri), LaunchSupport.sharedResource(path.getFileSystem(conf), path,
          LocalResourceType.ARCHIVE));
    }
    Map<String, String> environment = LaunchSupport.javaEnvironment(conf);
    // The runner passes arguments and paths to the program byte for byte only under a UTF-8
    // locale; a NodeManager started without one would turn non-ASCII characters into '?'.
    // The program's own environment (program.env) may still set another.
    environment.put("LANG", "C.UTF-8");
    return new RunnerLaunchContexts(resources, environment, DockerRuntime.environment(program.container()),
        credentials, work, plan);
  }

  /**
   * The launch context of attempt {@code attempt} of task {@code task}: in the program's Docker
   * image when it has one.
   */
  public ContainerLaunchContext forAttempt(int task, int attempt) {
    return launch(TASK_RUNNER_JVM, List.of("--task", Integer.toString(task),
        "--plan-offset", Long.toString(plan.offset(task)), "--plan-length", Integer.toString(plan.length(task))),
        attempt, taskRuntime);
  }

  /** A merge task's container: the runner reads the merge plan from the work folder (no program, no image). */
  public ContainerLaunchContext forMerge(int number, int attempt) {
    return launch(MERGE_RUNNER_JVM, List.of("--merge", Integer.toString(number)), attempt, Map.of());
  }

  /**
   * A scatter task's container: the runner reads the scatter plan from the work folder (no program,
   * no image); its work is copying bytes, as a merge task's.
   */
  public ContainerLaunchContext forScatter(int number, int attempt) {
    return launch(MERGE_RUNNER_JVM, List.of("--scatter", Integer.toString(number)), attempt, Map.of());
  }

  private ContainerLaunchContext launch(List<String> jvm, List<String> what, int attempt,
      Map<String, String> runtime) {
    List<String> words = new ArrayList<>(List.of(LaunchSupport.javaCommand(), "-Xmx" + RUNNER_HEAP_MB + "m"));
    words.addAll(jvm);
    words.addAll(LaunchSupport.containerLogOptions());
    words.addAll(List.of(
        RUNNER_CLASS,
        "--work", ShellQuoting.quote(work.root().toString())));
    words.addAll(what);
    words.addAll(List.of(
        "--attempt", Integer.toString(attempt),
        "1>" + ApplicationConstants.LOG_DIR_EXPANSION_VAR + "/runner.stdout",
        "2>" + ApplicationConstants.LOG_DIR_EXPANSION_VAR + "/runner.stderr"));
    String command = String.join(" ", words);
    ByteBuffer tokens;
    try {
      tokens = LaunchSupport.tokensWithoutAmRmToken(credentials.get());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot serialize the job's credentials for a container", e);
    }
    Map<String, String> env = new HashMap<>(environment);
    env.putAll(runtime);
    return ContainerLaunchContext.newInstance(new HashMap<>(resources), env, List.of(command), null, tokens, null);
  }

  /** Memory a runner's own JVM takes from the container; the program gets the rest. */
  public static int runnerHeapMb() {
    return RUNNER_HEAP_MB;
  }
}
