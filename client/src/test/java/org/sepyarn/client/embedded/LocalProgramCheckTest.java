package org.sepyarn.client.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.job.JobError;
import org.sepyarn.formats.job.ProgramSpec;

/** Whether a program can start on this machine, told before an embedded job starts. */
class LocalProgramCheckTest {
  @TempDir
  Path dir;

  private Path program(String name, boolean executable) throws IOException {
    Path p = Files.writeString(dir.resolve(name), "#!/bin/sh\n");
    p.toFile().setExecutable(executable);
    return p;
  }

  private static void assertRefused(Optional<JobError> error, String... fragments) {
    assertTrue(error.isPresent(), "expected a refusal");
    assertEquals("program.command[0]", error.get().path());
    for (String f : fragments) {
      assertTrue(error.get().message().contains(f), "\"" + f + "\" not in " + error.get());
    }
  }

  @Test
  void anExecutableAbsoluteCommandMayStart() throws IOException {
    assertEquals(Optional.empty(), LocalProgramCheck.check(ProgramSpec.of(program("tool", true).toString()), ""));
  }

  @Test
  void aMissingOrNonExecutableAbsoluteCommandIsRefused() throws IOException {
    assertRefused(LocalProgramCheck.check(ProgramSpec.of(dir.resolve("none").toString()), ""), "does not exist");
    assertRefused(LocalProgramCheck.check(ProgramSpec.of(program("plain", false).toString()), ""),
        "is not executable", "chmod +x");
    assertRefused(LocalProgramCheck.check(ProgramSpec.of(dir.toString()), ""), "is a folder");
  }

  @Test
  void aBareNameIsLookedUpOnThePath() throws IOException {
    program("sftool", true);
    assertEquals(Optional.empty(), LocalProgramCheck.check(ProgramSpec.of("sftool"), "/nowhere:" + dir));
    assertRefused(LocalProgramCheck.check(ProgramSpec.of("sfnothere"), "/nowhere:" + dir),
        "\"sfnothere\" is not an executable file in any folder of the PATH", "/nowhere:" + dir);
  }

  @Test
  void aBareNameOfALocalizedFileIsToldToStartWithDotSlash() throws IOException {
    URI tool = program("rtm", true).toUri();
    ProgramSpec bare = new ProgramSpec(List.of("rtm"), List.of(), Map.of(), List.of(tool));
    assertRefused(LocalProgramCheck.check(bare, "/nowhere"), "write \"./rtm\"");
  }

  @Test
  void aRelativeCommandMustBeALocalizedFile() throws IOException {
    URI tool = program("rtm", true).toUri();
    ProgramSpec localized = new ProgramSpec(List.of("./rtm"), List.of(), Map.of(), List.of(tool));
    assertEquals(Optional.empty(), LocalProgramCheck.check(localized, ""));
    assertRefused(LocalProgramCheck.check(ProgramSpec.of("./other"), ""), "no file of program.localize is named other");
  }

  @Test
  void aCommandInsideAnArchivesFolderIsLeftToTheLaunchAndAnyOtherRelativeOneIsRefused() {
    ProgramSpec inArchive = new ProgramSpec(List.of("m8r/bin/sfsmooth"), List.of(), Map.of(), List.of(), List.of(),
        List.of(URI.create("/apps/m8r-4.1.tgz#m8r")), List.of(), Optional.empty());
    assertEquals(Optional.empty(), LocalProgramCheck.check(inArchive, ""));
    ProgramSpec elsewhere = new ProgramSpec(List.of("rsf/bin/sfsmooth"), List.of(), Map.of(), List.of(), List.of(),
        List.of(URI.create("/apps/m8r-4.1.tgz#m8r")), List.of(), Optional.empty());
    assertRefused(LocalProgramCheck.check(elsewhere, ""), "nor is an archive of program.archives unpacked as rsf");
  }
}
