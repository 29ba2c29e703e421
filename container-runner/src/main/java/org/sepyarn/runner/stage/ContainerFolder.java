package org.sepyarn.runner.stage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The container's working folder, where every task of the container runs. Remembers what YARN put
 * there before the first task (the localized files, the launch script) and, between two tasks,
 * removes everything else at its top level: the previous task's pieces, outputs, progress file and
 * any scratch files its program left. A folder left by a program is removed with its contents;
 * links are removed, never followed.
 */
public final class ContainerFolder {
  private final File folder;
  private final Set<String> fromYarn;

  private ContainerFolder(File folder, Set<String> fromYarn) {
    this.folder = folder;
    this.fromYarn = fromYarn;
  }

  /** The folder as it is now, before any task ran in it. */
  public static ContainerFolder asLaunched(File folder) {
    String[] names = folder.list();
    return new ContainerFolder(folder, names == null ? Set.of() : new TreeSet<>(Set.of(names)));
  }

  /** Removes what the tasks left, keeping what was there at launch. */
  public void clearForNextTask() throws IOException {
    String[] names = folder.list();
    if (names == null) {
      throw new IOException("cannot list the container's working folder " + folder);
    }
    for (String name : names) {
      if (!fromYarn.contains(name)) {
        delete(new File(folder, name).toPath());
      }
    }
  }

  private static void delete(Path path) throws IOException {
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> walk = Files.walk(path)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    } else {
      Files.deleteIfExists(path);
    }
  }
}
