package org.sepyarn.am.launch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.io.DataOutputBuffer;
import org.apache.hadoop.security.Credentials;
import org.apache.hadoop.security.token.Token;
import org.apache.hadoop.yarn.api.ApplicationConstants;
import org.apache.hadoop.yarn.api.ApplicationConstants.Environment;
import org.apache.hadoop.yarn.api.records.LocalResource;
import org.apache.hadoop.yarn.api.records.LocalResourceType;
import org.apache.hadoop.yarn.api.records.LocalResourceVisibility;
import org.apache.hadoop.yarn.api.records.URL;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.security.AMRMTokenIdentifier;

/**
 * What the client (for the ApplicationMaster) and the ApplicationMaster (for runners) both need
 * to launch a JVM of ours in a container: local resources from the work folder, the classpath
 * and the credentials to pass on.
 */
public final class LaunchSupport {
  /**
   * The ApplicationMaster container's variable holding the job's view ACL (YARN's ACL form): the
   * ResourceManager's proxy checks no ACL, so the AM's tracking page applies it itself.
   */
  public static final String VIEW_ACL_ENV = "SEPYARN_VIEW_ACL";

  private LaunchSupport() {
  }

  /**
   * A file on the cluster file system as a local resource of a container. PRIVATE: shared among
   * this user's applications on a node, never with other users.
   */
  public static LocalResource localResource(FileSystem fs, Path path, LocalResourceType type) throws IOException {
    FileStatus status = fs.getFileStatus(path);
    return LocalResource.newInstance(URL.fromPath(fs.makeQualified(status.getPath())), type,
        LocalResourceVisibility.PRIVATE, status.getLen(), status.getModificationTime());
  }

  /**
   * A file the user ships with the job (an archive of {@code program.archives}) as a local resource
   * that YARN's localization cache keeps for every task on a node: PUBLIC when everyone may read it
   * (the file readable and every folder above it searchable by others), so that every user's jobs on
   * the node share one copy; else PRIVATE, shared by this user's applications on the node. Either
   * way a NodeManager downloads it once, not once per task.
   */
  public static LocalResource sharedResource(FileSystem fs, Path path, LocalResourceType type) throws IOException {
    FileStatus status = fs.getFileStatus(path);
    LocalResourceVisibility visibility = isWorldReadable(fs, status) ? LocalResourceVisibility.PUBLIC
        : LocalResourceVisibility.PRIVATE;
    return LocalResource.newInstance(URL.fromPath(fs.makeQualified(status.getPath())), type, visibility,
        status.getLen(), status.getModificationTime());
  }

  /** Whether others may read {@code file}: its own other-read bit and other-execute on every ancestor. */
  static boolean isWorldReadable(FileSystem fs, FileStatus file) throws IOException {
    if (!file.getPermission().getOtherAction().implies(FsAction.READ)) {
      return false;
    }
    for (Path dir = file.getPath().getParent(); dir != null; dir = dir.getParent()) {
      if (!fs.getFileStatus(dir).getPermission().getOtherAction().implies(FsAction.EXECUTE)) {
        return false;
      }
    }
    return true;
  }

  /** The container's CLASSPATH: sepyarn.jar and the working folder, then the cluster's Hadoop. */
  public static String classpath(Configuration conf) {
    List<String> parts = new ArrayList<>();
    parts.add(Environment.PWD.$$() + "/sepyarn.jar");
    parts.add(Environment.PWD.$$() + "/*");
    String[] yarnClasspath = conf.getStrings(YarnConfiguration.YARN_APPLICATION_CLASSPATH,
        YarnConfiguration.DEFAULT_YARN_CROSS_PLATFORM_APPLICATION_CLASSPATH);
    for (String entry : yarnClasspath) {
      parts.add(entry.trim());
    }
    return String.join(ApplicationConstants.CLASS_PATH_SEPARATOR, parts);
  }

  /** Environment for a JVM of ours in a container. */
  public static Map<String, String> javaEnvironment(Configuration conf) {
    Map<String, String> env = new HashMap<>();
    env.put(Environment.CLASSPATH.name(), classpath(conf));
    return env;
  }

  /** JVM options that send our log to the container's log folder as {@code syslog}, as MapReduce does. */
  public static List<String> containerLogOptions() {
    return List.of(
        "-Dlog4j.configuration=container-log4j.properties",
        "-Dyarn.app.container.log.dir=" + ApplicationConstants.LOG_DIR_EXPANSION_VAR,
        "-Dyarn.app.container.log.filesize=0",
        "-Dhadoop.root.logger=INFO,CLA",
        "-Dhadoop.root.logfile=syslog");
  }

  /** The java binary of the container's node. */
  public static String javaCommand() {
    return Environment.JAVA_HOME.$$() + "/bin/java";
  }

  /**
   * Serializes credentials for a container, leaving out the AMRMToken: a task container must not
   * be able to act as the ApplicationMaster.
   */
  public static ByteBuffer tokensWithoutAmRmToken(Credentials credentials) throws IOException {
    Credentials copy = new Credentials(credentials);
    // getAllTokens() is a view of the token map: removing through its iterator removes the token.
    Iterator<Token<?>> it = copy.getAllTokens().iterator();
    while (it.hasNext()) {
      if (it.next().getKind().equals(AMRMTokenIdentifier.KIND_NAME)) {
        it.remove();
      }
    }
    return serialize(copy);
  }

  public static ByteBuffer serialize(Credentials credentials) throws IOException {
    DataOutputBuffer buffer = new DataOutputBuffer();
    credentials.writeTokenStorageToStream(buffer);
    return ByteBuffer.wrap(buffer.getData(), 0, buffer.getLength());
  }
}
