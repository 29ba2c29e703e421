package org.sepyarn.client.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongPredicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CommonConfigurationKeysPublic;
import org.apache.hadoop.yarn.conf.YarnConfiguration;

/**
 * Decides whether a command uses the configuration a running embedded session or a standing
 * embedded cluster published ({@link PublishedConfiguration}): only {@link #COMMANDS the commands
 * about a submitted job}, and {@code submit} (without {@code --embedded}) when a standing cluster
 * published it; only when no cluster is configured (no {@code HADOOP_CONF_DIR}, the default file
 * system is the local one and the ResourceManager's address is YARN's default) and only while the
 * process that published it lives. The publisher is a standing cluster when the folder holds a
 * {@link ClusterState} of the same process: a session, which ends with its job, has none.
 */
public final class PublishedLookup {
  /** The commands that follow a job already submitted, which an embedded session runs meanwhile. */
  static final Set<String> COMMANDS = Set.of("status", "logs", "kill", "resume");

  private final Map<String, String> env;
  private final Path home;
  private final LongPredicate alive;

  /**
   * @param env the process's environment
   * @param home the user's home folder
   * @param alive whether a process id names a living process
   */
  PublishedLookup(Map<String, String> env, Path home, LongPredicate alive) {
    this.env = env;
    this.home = home;
    this.alive = alive;
  }

  /** The lookup of this process: its environment, {@code user.home} and the operating system's processes. */
  public static PublishedLookup ofThisProcess() {
    return new PublishedLookup(System.getenv(), Path.of(System.getProperty("user.home")),
        pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
  }

  /**
   * What the command line {@code args} (the command and its arguments, after the generic
   * options) should use with {@code conf}: a published configuration, or empty when it should
   * use {@code conf} as it is.
   */
  public Optional<Found> find(String[] args, Configuration conf) {
    if (args.length == 0) {
      return Optional.empty();
    }
    String command = args[0];
    boolean submit = command.equals("submit") && !java.util.Arrays.asList(args).subList(1, args.length).stream()
        .anyMatch(a -> a.equals("--embedded") || a.equals("-e"));
    if (!COMMANDS.contains(command) && !submit) {
      return Optional.empty();
    }
    Optional<Path> confFolder = publisherFolder(conf);
    if (confFolder.isEmpty()) {
      return Optional.empty();
    }
    boolean standing = standing(PublishedConfiguration.folder(conf, home));
    if (submit && !standing) {
      return Optional.empty();
    }
    return Optional.of(new Found(confFolder.get(), standing));
  }

  /**
   * A published configuration found for a command.
   *
   * @param confFolder the folder of its {@code core-site.xml} and {@code yarn-site.xml}
   * @param standing whether a standing cluster ({@code sepyarn cluster start}) published it, rather than a session
   */
  public record Found(Path confFolder, boolean standing) {
  }

  /**
   * The published configuration folder {@code command} should use with {@code conf}, or empty
   * when it should use {@code conf} as it is.
   */
  public Optional<Path> find(String command, Configuration conf) {
    return find(new String[] {command}, conf).map(Found::confFolder);
  }

  /**
   * A word for a command that found nothing to use because the standing cluster that published
   * its configuration died (its state is stale): empty otherwise.
   */
  public Optional<String> deadStandingCluster(String[] args, Configuration conf) {
    if (args.length == 0 || !(COMMANDS.contains(args[0]) || args[0].equals("submit")) || clusterConfigured(conf)) {
      return Optional.empty();
    }
    Path folder = PublishedConfiguration.folder(conf, home);
    try {
      return ClusterState.read(folder).filter(s -> !alive.test(s.pid())).map(s -> "the standing embedded cluster"
          + " (process " + s.pid() + ") ended without stopping, so no cluster is configured; sepyarn cluster stop"
          + " cleans up after it, sepyarn cluster start starts another (the jobs it ran are gone with it)");
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
  }

  /** Whether the published folder's publisher is a standing cluster: its state names the same process. */
  private static boolean standing(Path folder) {
    OptionalLong pid = SessionLock.recordedPid(folder);
    try {
      return pid.isPresent() && ClusterState.read(folder).map(s -> s.pid() == pid.getAsLong()).orElse(false);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** The published configuration folder when no cluster is configured and its publisher lives. */
  private Optional<Path> publisherFolder(Configuration conf) {
    if (clusterConfigured(conf)) {
      return Optional.empty();
    }
    Path folder = PublishedConfiguration.folder(conf, home);
    Path confFolder = PublishedConfiguration.confFolder(folder);
    for (String name : PublishedConfiguration.FILES) {
      if (!Files.isRegularFile(confFolder.resolve(name))) {
        return Optional.empty();
      }
    }
    OptionalLong pid = SessionLock.recordedPid(folder);
    if (pid.isEmpty() || !alive.test(pid.getAsLong())) {
      return Optional.empty();
    }
    return Optional.of(confFolder);
  }

  /** Whether the environment or {@code conf} names a cluster. */
  boolean clusterConfigured(Configuration conf) {
    String confDir = env.get("HADOOP_CONF_DIR");
    if (confDir != null && !confDir.isBlank()) {
      return true;
    }
    String fs = conf.get(CommonConfigurationKeysPublic.FS_DEFAULT_NAME_KEY,
        CommonConfigurationKeysPublic.FS_DEFAULT_NAME_DEFAULT);
    String rm = conf.get(YarnConfiguration.RM_ADDRESS, YarnConfiguration.DEFAULT_RM_ADDRESS);
    return !fs.startsWith("file:") || !rm.equals(YarnConfiguration.DEFAULT_RM_ADDRESS)
        || conf.getBoolean(YarnConfiguration.RM_HA_ENABLED, YarnConfiguration.DEFAULT_RM_HA_ENABLED);
  }

  /** Adds the published files to {@code conf}: settings given with {@code -D} still win. */
  public static void use(Configuration conf, Path confFolder) {
    for (String name : PublishedConfiguration.FILES) {
      conf.addResource(new org.apache.hadoop.fs.Path(confFolder.resolve(name).toUri()));
    }
  }
}
