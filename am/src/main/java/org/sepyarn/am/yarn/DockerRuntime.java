package org.sepyarn.am.yarn;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sepyarn.formats.job.ContainerImage;

/**
 * The environment that asks a NodeManager to run a task container in a Docker image through
 * YARN's Docker container runtime ({@code LinuxContainerExecutor} with
 * {@code yarn.nodemanager.runtime.linux.allowed-runtimes} including {@code docker}). The runner's
 * JVM runs in the image too, so the image needs Java at the cluster's {@code JAVA_HOME} and the
 * cluster's Hadoop, mounted or installed at the same paths.
 */
final class DockerRuntime {
  static final String TYPE = "YARN_CONTAINER_RUNTIME_TYPE";
  static final String IMAGE = "YARN_CONTAINER_RUNTIME_DOCKER_IMAGE";
  static final String MOUNTS = "YARN_CONTAINER_RUNTIME_DOCKER_MOUNTS";

  private DockerRuntime() {
  }

  /** The variables for {@code container}, none without one (the cluster's default runtime). */
  static Map<String, String> environment(Optional<ContainerImage> container) {
    Map<String, String> env = new HashMap<>();
    container.ifPresent(c -> {
      env.put(TYPE, "docker");
      env.put(IMAGE, c.image());
      if (!c.mounts().isEmpty()) {
        env.put(MOUNTS, c.yarnMounts());
      }
    });
    return Map.copyOf(env);
  }
}
