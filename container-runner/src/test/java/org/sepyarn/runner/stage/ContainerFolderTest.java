package org.sepyarn.runner.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerFolderTest {
  @TempDir
  Path dir;
  @TempDir
  Path elsewhere;

  @Test
  void clearingKeepsWhatYarnPutThereAndRemovesWhatTasksLeft() throws Exception {
    Files.writeString(dir.resolve("launch_container.sh"), "#!/bin/sh");
    Path shared = Files.createDirectories(elsewhere.resolve("cache"));
    Files.writeString(shared.resolve("keep.txt"), "localized");
    Files.createSymbolicLink(dir.resolve("program-files"), shared);
    Files.createDirectories(dir.resolve("tmp"));
    ContainerFolder folder = ContainerFolder.asLaunched(dir.toFile());

    Files.writeString(dir.resolve("f0-in.H"), "in=...");
    Files.writeString(dir.resolve(".sepyarn-progress"), "progress=1");
    Path scratch = Files.createDirectories(dir.resolve("scratch/deeper"));
    Files.writeString(scratch.resolve("x"), "x");
    Files.createSymbolicLink(dir.resolve("link-to-cache"), shared);
    folder.clearForNextTask();

    assertEquals(Set.of("launch_container.sh", "program-files", "tmp"), names(dir.toFile()));
    assertTrue(Files.exists(shared.resolve("keep.txt")), "a link is removed, never followed");
    folder.clearForNextTask();
    assertEquals(Set.of("launch_container.sh", "program-files", "tmp"), names(dir.toFile()));
  }

  private static Set<String> names(File folder) {
    return new TreeSet<>(Set.of(folder.list()));
  }
}
