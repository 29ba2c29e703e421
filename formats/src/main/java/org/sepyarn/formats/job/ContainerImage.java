package org.sepyarn.formats.job;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A Docker image every task runs in, through YARN's Docker container runtime
 * ({@code program.container}). The cluster must enable that runtime and trust the image's registry.
 *
 * @param image the image, e.g. {@code "registry.example.org/m8r:4.1"}
 * @param mounts host folders to mount into the container, each {@code "source:destination"} or
 *     {@code "source:destination:ro"} (or {@code :rw}), both absolute paths (default none)
 */
public record ContainerImage(String image, List<String> mounts) {
  private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:@-]*");
  private static final Pattern MOUNT = Pattern.compile("(/[^:,\\s]*):(/[^:,\\s]*)(:(ro|rw))?");

  public ContainerImage {
    mounts = List.copyOf(mounts);
    Problems problems = new Problems();
    check(image, mounts, problems);
    problems.throwIfAny("program.container");
  }

  static void check(String image, List<String> mounts, Problems at) {
    if (image == null || !IMAGE.matcher(image).matches()) {
      at.field("image").add("\"" + image + "\" is not a Docker image name: give one such as"
          + " \"library/ubuntu:22.04\" (letters, digits, \".\", \"_\", \"-\", \"/\", \":\" and \"@\", no spaces)");
    }
    for (int i = 0; i < mounts.size(); i++) {
      if (!MOUNT.matcher(mounts.get(i)).matches()) {
        at.field("mounts").index(i).add("\"" + mounts.get(i) + "\" is not a mount: write"
            + " \"/host/folder:/container/folder\" or \"/host/folder:/container/folder:ro\" (absolute paths,"
            + " mode ro or rw)");
      }
    }
  }

  /**
   * The mounts as YARN's {@code YARN_CONTAINER_RUNTIME_DOCKER_MOUNTS} takes them:
   * {@code source:destination:mode}, comma separated, read-only unless {@code :rw}.
   */
  public String yarnMounts() {
    return String.join(",", mounts.stream().map(m -> m.endsWith(":ro") || m.endsWith(":rw") ? m : m + ":ro")
        .toList());
  }
}
