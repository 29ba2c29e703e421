package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.formats.job.JobTexts.errorAt;
import static org.sepyarn.formats.job.JobTexts.errors;
import static org.sepyarn.formats.job.JobTexts.file;
import static org.sepyarn.formats.job.JobTexts.withFiles;
import static org.sepyarn.formats.job.JobTexts.withProgram;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of mistake in job.json, reported at its field path with the bad value and the fix. */
class JobSpecErrorsTest {
  private static final String SPLIT3 = "{'split': {'axis': 3}}";

  private static void assertMessage(JobError error, String... fragments) {
    for (String fragment : fragments) {
      assertTrue(error.message().contains(fragment), () -> "\"" + fragment + "\" not in: " + error);
    }
  }

  private static String oneFile(String fileJson) {
    return withFiles(fileJson, "'tasks': 4");
  }

  @Test
  void anUnknownTopLevelKeySuggestsTheNearestKnownOne() {
    assertEquals("unknown key; did you mean \"tasks\"?", errorAt(withProgram("'taks': 4"), "taks").message());
  }

  @Test
  void anUnknownNestedKeyIsReportedAtItsPathWithASuggestion() {
    JobError e = errorAt(withFiles("{'tag': '<', 'path': '/d/in.H', 'usage': 'input', 'distibute': 'copy'}",
        "'tasks': 2"), "files[0].distibute");
    assertEquals("unknown key; did you mean \"distribute\"?", e.message());
  }

  @Test
  void aMisspelledRequiredKeyIsReportedOnceAsUnknownNotAlsoAsMissing() {
    List<JobError> all = errors(withFiles("{'tag': '<', 'path': '/d/in.H', 'usage': 'input', 'distibute': 'copy'}",
        "'tasks': 2"));
    assertEquals(List.of("files[0].distibute"), all.stream().map(JobError::path).toList());
  }

  @Test
  void aKeyInTheWrongCaseSuggestsTheRightCase() {
    assertMessage(errorAt(withProgram("'MaxAttempts': 4"), "MaxAttempts"), "did you mean \"maxAttempts\"?");
  }

  @Test
  void anUnknownKeyFarFromAnyKnownOneListsTheKeys() {
    assertMessage(errorAt(withProgram("'resources': {'gpus': 1}"), "resources.gpus"),
        "unknown key; the keys here are \"memory\", \"vcores\"");
  }

  @Test
  void aWrongTypeNamesWhatWasFoundAndWhatIsExpected() {
    assertEquals("expected a string, got number 5; write \"5\"", errorAt(withProgram("'queue': 5"), "queue").message());
    assertEquals("expected true or false, got string \"yes\"",
        errorAt(withProgram("'overwrite': 'yes'"), "overwrite").message());
    assertMessage(errorAt(withProgram("'resources': [1]"), "resources"), "expected an object", "got a list");
  }

  @Test
  void aCommandGivenAsAStringShowsHowToWriteAList() {
    assertEquals("expected a list of strings, got string \"sfsmooth\"; write [\"sfsmooth\"]",
        errorAt("{'program': {'command': 'sfsmooth'}, 'tasks': 1}", "program.command").message());
  }

  @Test
  void aFractionalOrHugeNumberWhereAWholeNumberBelongsIsAnError() {
    assertEquals("expected a whole number, got number 16.5", errorAt(withProgram("'maxAttempts': 16.5"), "maxAttempts")
        .message());
    assertEquals("99999999999 is too large: at most 2147483647",
        errorAt(withProgram("'priority': 99999999999"), "priority").message());
  }

  @Test
  void tasksGivenAsAFlatListOfStringsShowsTheNestedForm() {
    assertMessage(errorAt("{'program': {'command': ['mig']}, 'tasks': ['shot=1', 'shot=2']}", "tasks[0]"),
        "expected the argument list of task 0", "[[\"shot=1\"], [\"shot=2\"]]");
  }

  @Test
  void tasksOfAnotherTypeIsAnError() {
    assertMessage(errorAt("{'program': {'command': ['mig']}, 'tasks': '16'}", "tasks"),
        "expected a number of tasks", "got string \"16\"");
  }

  @Test
  void tasksOutOfRangeIsAnError() {
    assertMessage(errorAt("{'program': {'command': ['mig']}, 'tasks': 0}", "tasks"), "0 tasks", "1 to 1000000");
    assertMessage(errorAt("{'program': {'command': ['mig']}, 'tasks': []}", "tasks"), "an empty list");
  }

  @Test
  void aBadDurationSaysWhichFormsAreAccepted() {
    assertMessage(errorAt(withProgram("'taskTimeout': '2 hours'"), "taskTimeout"),
        "\"2 hours\" has an unknown unit \"hours\"", "\"90s\", \"15m\", \"2h\"");
    assertMessage(errorAt(withProgram("'taskTimeout': '1.5h'"), "taskTimeout"), "\"1.5h\" is not a duration");
    assertMessage(errorAt(withProgram("'heartbeatTimeout': -5"), "heartbeatTimeout"), "got number -5");
  }

  @Test
  void aBadSizeSaysWhichFormsAreAccepted() {
    assertMessage(errorAt(withProgram("'resources': {'memory': '2.5g'}"), "resources.memory"),
        "\"2.5g\" is not a size", "\"512m\" or \"2g\"");
    assertMessage(errorAt(withProgram("'resources': {'memory': '2x'}"), "resources.memory"), "unknown unit \"x\"");
  }

  @Test
  void memoryBelowTheMinimumOrNotWholeMibIsAnError() {
    assertEquals("32m is too little: a task gets at least 64m",
        errorAt(withProgram("'resources': {'memory': '32m'}"), "resources.memory").message());
    assertMessage(errorAt(withProgram("'resources': {'memory': '100000k'}"), "resources.memory"),
        "not a whole number of MiB", "98m");
    assertMessage(errorAt(withProgram("'resources': {'vcores': 0}"), "resources.vcores"), "at least 1 vcore");
  }

  @Test
  void outOfRangeSettingsSayWhatIsAllowed() {
    assertMessage(errorAt(withProgram("'maxAttempts': 0"), "maxAttempts"), "0 is out of range", "1 to 100");
    assertMessage(errorAt(withProgram("'maxAttempts': 101"), "maxAttempts"), "101 is out of range");
    assertMessage(errorAt(withProgram("'priority': -1"), "priority"), "priority is 0 or more");
    assertMessage(errorAt(withProgram("'maxRunning': 0"), "maxRunning"), "at least 1 task");
    assertMessage(errorAt(withProgram("'mergeTasks': 0"), "mergeTasks"), "0 is out of range", "1 to 256");
    assertMessage(errorAt(withProgram("'mergeTasks': 257"), "mergeTasks"), "257 is out of range",
        "leave mergeTasks out");
    assertMessage(errorAt(withProgram("'tasksPerContainer': 0"), "tasksPerContainer"), "0 is out of range",
        "1 to 1000");
    assertMessage(errorAt(withProgram("'tasksPerContainer': 1001"), "tasksPerContainer"), "1001 is out of range");
    assertMessage(errorAt(withProgram("'heartbeatTimeout': '5s'"), "heartbeatTimeout"), "5s is too short",
        "at least 10s");
    assertMessage(errorAt(withProgram("'taskTimeout': 0"), "taskTimeout"), "0s is too short", "at least 1s");
  }

  @Test
  void aBadStallTimeoutNamesTheFieldAndSaysHowToTurnItOff() {
    assertMessage(errorAt(withProgram("'stallTimeout': '5s'"), "stallTimeout"), "5s is too short", "at least 10s",
        "\"off\"");
    assertMessage(errorAt(withProgram("'stallTimeout': true"), "stallTimeout"), "expected a duration such as",
        "\"off\"", "got true");
    assertMessage(errorAt(withProgram("'stallTimeout': 'never'"), "stallTimeout"), "\"never\" is not a duration");
    assertMessage(errorAt(withProgram("'stallTimeout': -5"), "stallTimeout"), "expected a duration");
  }

  @Test
  void anUnsupportedVersionIsAnError() {
    assertEquals("version 2 is not supported: this sepyarn reads version 1",
        errorAt(withProgram("'version': 2"), "version").message());
  }

  @Test
  void aBlankNameOrAQueueWithBlanksIsAnError() {
    assertMessage(errorAt(withProgram("'name': ' '"), "name"), "an empty name");
    assertMessage(errorAt(withProgram("'queue': 'my queue'"), "queue"), "\"my queue\" is not a queue name");
  }

  @Test
  void badYarnTagsAreErrors() {
    assertMessage(errorAt(withProgram("'tags': ['a,b']"), "tags[0]"), "without commas");
    assertMessage(errorAt(withProgram("'tags': ['North', 'north']"), "tags[1]"), "repeats tags[0]");
    assertMessage(errorAt(withProgram("'tags': ['1','2','3','4','5','6','7','8','9','10','11']"), "tags"),
        "11 tags are too many");
  }

  @Test
  void aMissingProgramOrCommandIsAnError() {
    assertMessage(errorAt("{'tasks': 2}", "program"), "missing", "command");
    assertMessage(errorAt("{'program': {'args': ['a=1']}, 'tasks': 2}", "program.command"), "missing");
  }

  @Test
  void anEmptyCommandOrABlankCommandWordIsAnError() {
    assertMessage(errorAt("{'program': {'command': []}, 'tasks': 2}", "program.command"), "an empty list");
    assertMessage(errorAt("{'program': {'command': ['sfsmooth', ' ']}, 'tasks': 2}", "program.command[1]"),
        "cannot be blank");
  }

  @Test
  void anArgumentSettingDatapathIsRefusedWherever() {
    assertMessage(errorAt("{'program': {'command': ['x'], 'args': ['datapath=/tmp/']}, 'tasks': 1}",
        "program.args[0]"), "sepyarn sets each task's datapath");
    assertMessage(errorAt("{'program': {'command': ['x']}, 'tasks': [['a=1', 'DATAPATH=/t/']]}", "tasks[0][1]"),
        "sepyarn sets each task's datapath");
    assertMessage(errorAt(withProgram("'restart': {'args': ['']}"), "restart.args[0]"), "cannot be empty");
  }

  @Test
  void environmentValuesMustBeStringsAndNamesValid() {
    assertEquals("expected a string, got number 1; write \"1\"",
        errorAt("{'program': {'command': ['x'], 'env': {'OMP_NUM_THREADS': 1}}, 'tasks': 1}",
            "program.env.OMP_NUM_THREADS").message());
    assertMessage(errorAt("{'program': {'command': ['x'], 'env': {'1X': 'a'}}, 'tasks': 1}", "program.env"),
        "\"1X\" is not an environment variable name");
    assertMessage(errorAt("{'program': {'command': ['x'], 'env': {'DATAPATH': '/t/'}}, 'tasks': 1}",
        "program.env.DATAPATH"), "sepyarn sets each task's datapath");
    assertMessage(errorAt("{'program': {'command': ['x'], 'env': {'SEPYARN_X': '1'}}, 'tasks': 1}",
        "program.env.SEPYARN_X"), "sepyarn's own");
  }

  @Test
  void localizedFilesMustBeAbsoluteUrisWithUniqueNames() {
    assertMessage(errorAt("{'program': {'command': ['x'], 'localize': ['hdfs:///a/tool', '/b/tool']}, 'tasks': 1}",
        "program.localize[1]"), "localized as \"tool\", like localize[0]", "#othername");
    assertMessage(errorAt("{'program': {'command': ['x'], 'localize': ['bin/tool']}, 'tasks': 1}",
        "program.localize[0]"), "neither an absolute path nor a URI");
    assertMessage(errorAt("{'program': {'command': ['x'], 'localize': ['hdfs:///a b']}, 'tasks': 1}",
        "program.localize[0]"), "is not a URI");
    assertMessage(errorAt("{'program': {'command': ['x'], 'localize': ['hdfs:///apps/']}, 'tasks': 1}",
        "program.localize[0]"), "does not name a file");
  }

  @Test
  void localizedFilesCannotTakeTheNamesTheRunnerAndYarnUseInTheContainer() {
    assertMessage(errorAt("{'program': {'command': ['x'], 'localize': ['hdfs:///a/plan.json']}, 'tasks': 1}",
        "program.localize[0]"), "localized as \"plan.json\", the runner's own file", "\"hdfs:///a/plan.json#my-plan.json\"");
    assertMessage(errorAt("{'program': {'command': ['x'], 'localize': ['hdfs:///a/tool#sepyarn.jar']}, 'tasks': 1}",
        "program.localize[0]"), "the runner's own file \"sepyarn.jar\"", "\"hdfs:///a/tool#my-sepyarn.jar\"");
    for (String name : List.of(".sepyarn-progress", ".datapath", "launch_container.sh", "container_tokens", "tmp",
        ".container_tokens.crc", "f0-in.H", "f12-out.H@")) {
      assertMessage(errorAt("{'program': {'command': ['x'], 'localize': ['hdfs:///a/x#" + name + "']}, 'tasks': 1}",
          "program.localize[0]"), "localized as \"" + name + "\"", "#othername");
    }
    for (String name : List.of("plan.json.gz", "jar", "f-x", "fx0-y", "tmp2", "my.datapath")) {
      assertEquals(1, JobTexts.parse("{'program': {'command': ['x'], 'localize': ['hdfs:///a/" + name
          + "']}, 'tasks': 1}").program().localize().size(), name);
    }
  }

  @Test
  void positionalTagsAreNumberedFromOneWithoutGapsOrRepeats() {
    JobSpec job = JobSpec.parse(withFiles(file("@2", "/d/b.H", "input", "'copy'") + ", "
        + file("@1", "/d/a.H", "input", "'copy'"), "'tasks': 2").replace('\'', '"'), "job.json");
    assertEquals(FileTag.positional(2), job.files().get(0).tag());
    assertEquals(1, job.files().get(1).tag().position());
    assertEquals("@2", job.files().get(0).tag().toString());
    assertMessage(errorAt(oneFile(file("@3", "/d/v.H", "input", "'copy'")), "files[0].tag"),
        "\"@3\" but no file is \"@1\"");
    assertMessage(errorAt(withFiles(file("@1", "/d/a.H", "input", "'copy'") + ", " + file("@1", "/d/b.H", "input",
        "'copy'"), "'tasks': 2"), "files[1].tag"), "each position is given once");
    for (String bad : List.of("@0", "@", "@01", "@100", "@x")) {
      assertMessage(errorAt(oneFile(file(bad, "/d/v.H", "input", "'copy'")), "files[0].tag"),
          "is not a positional tag", "from 1 to 99");
    }
  }

  @Test
  void aBadTagSaysWhichTagsExist() {
    assertEquals("\"vel\" is not a tag: a parameter tag ends with \"=\"; did you mean \"vel=\"?",
        errorAt(oneFile(file("vel", "/d/v.H", "input", "'copy'")), "files[0].tag").message());
    assertMessage(errorAt(oneFile(file("<<", "/d/v.H", "input", "'copy'")), "files[0].tag"),
        "\"<<\" is not a tag", "\"<\" (the file is the program's stdin)", "\">\"", "followed by \"=\"");
    assertMessage(errorAt(oneFile(file("1vel=", "/d/v.H", "input", "'copy'")), "files[0].tag"),
        "\"1vel\" is not a valid parameter name", "a letter followed by");
    assertMessage(errorAt(oneFile(file("datapath=", "/d/v.H", "input", "'copy'")), "files[0].tag"),
        "sepyarn sets each task's datapath");
  }

  @Test
  void stdinMustBeAnInputAndStdoutAnOutput() {
    assertMessage(errorAt(oneFile(file("<", "/d/o.H", "output", "'copy'")), "files[0].tag"),
        "must be an input, but usage is \"output\"");
    assertMessage(errorAt(oneFile(file(">", "/d/i.H", "input", "'copy'")), "files[0].tag"),
        "must be an output, but usage is \"input\"");
  }

  @Test
  void tagsMayNotRepeat() {
    assertMessage(errorAt(withFiles(file("<", "/d/a.H", "input", "'copy'") + ","
        + file("<", "/d/b.H", "input", "'copy'"), "'tasks': 1"), "files[1].tag"),
        "\"<\" again: files[0] already has it");
    assertMessage(errorAt(withFiles(file(">", "/d/a.H", "output", "'copy'") + "," + file(">", "/d/b.H", "output",
        "'copy'"), "'tasks': 1"), "files[1].tag"), "\">\" again");
    assertMessage(errorAt(withFiles(file("vel=", "/d/a.H", "input", "'copy'") + "," + file("vel=", "/d/b.H", "input",
        "'copy'"), "'tasks': 1"), "files[1].tag"), "\"vel=\" again", "each parameter name is used once");
  }

  @Test
  void anUnknownUsageListsTheAllowedOnes() {
    assertEquals("\"inptu\" is not a usage: allowed are \"input\" and \"output\"",
        errorAt(oneFile(file("<", "/d/i.H", "inptu", "'copy'")), "files[0].usage").message());
  }

  @Test
  void aRelativeOrDirectoryPathIsAnError() {
    assertMessage(errorAt(oneFile(file("<", "data/in.H", "input", "'copy'")), "files[0].path"),
        "\"data/in.H\" is relative");
    assertMessage(errorAt(oneFile(file("<", "hdfs:///data/", "input", "'copy'")), "files[0].path"),
        "names a directory");
  }

  @Test
  void outputsMayNotShareADatasetOrOverwriteAnInput() {
    assertMessage(errorAt(withFiles(file(">", "/d/o.H", "output", "'copy'") + "," + file("x=", "/d/o.H", "output",
        "'copy'"), "'tasks': 1"), "files[1].path"), "is also the output files[0]");
    assertMessage(errorAt(withFiles(file("<", "/d/i.H", "input", "'copy'") + "," + file(">", "/d/i.H", "output",
        "'copy'"), "'tasks': 1"), "files[1].path"), "is also the input files[0]");
  }

  @Test
  void missingFileFieldsAreEachReported() {
    List<JobError> all = errors(withFiles("{'tag': '<'}", "'tasks': 1"));
    assertEquals(List.of("files[0].path", "files[0].usage", "files[0].distribute"),
        all.stream().map(JobError::path).toList());
  }

  @Test
  void aSplitAxisOutOfRangeIsAnError() {
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'split': {'axis': 0}}")),
        "files[0].distribute.split.axis"), "0 is not an axis", "1 to 9");
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'split': {'axis': 10}}")),
        "files[0].distribute.split.axis"), "10 is not an axis");
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'split': {}}")),
        "files[0].distribute.split.axis"), "missing");
  }

  @Test
  void aMisspelledDistributionSuggestsTheNearestOne() {
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "'cpoy'")), "files[0].distribute"),
        "\"cpoy\" is not a distribution", "did you mean \"copy\"?");
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'spilt': {'axis': 3}}")),
        "files[0].distribute.spilt"), "did you mean \"split\"?");
  }

  @Test
  void aDistributionWrittenInTheWrongShapeShowsTheRightOne() {
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "'split'")), "files[0].distribute"),
        "{\"split\": {\"axis\": 2}}");
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'copy': {}}")), "files[0].distribute.copy"),
        "\"distribute\": \"copy\"");
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'split': {'axis': 1}, 'patch': {'blocks': [4]}}")),
        "files[0].distribute"), "one of split and patch");
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{}")), "files[0].distribute"),
        "without split or patch");
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "3")), "files[0].distribute"), "got number 3");
  }

  @Test
  void patchSettingsOfBothStylesOrNeitherAreErrors() {
    String path = "files[0].distribute.patch";
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'patch': {'blocks': [4], 'size': [10]}}")), path),
        "either blocks (with overlap) or size and count, not both");
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'patch': {}}")), path),
        "give blocks (SEP style", "or size and count (Claerbout style");
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'patch': {'size': [10], 'count': [4],"
        + " 'overlap': [2]}}")), path + ".overlap"), "not used with size and count");
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'patch': {'size': [10, 10]}}")), path + ".count"),
        "missing");
  }

  @Test
  void aHaloIsAtMostTheOverlapOnItsAxisAndOnlyWithBlocks() {
    String path = "files[0].distribute.patch";
    assertMessage(errorAt(oneFile(file(">", "/d/o.H", "output", "{'patch': {'axes': [2, 3], 'blocks': [2, 3],"
        + " 'overlap': [6, 3], 'halo': [2, 4]}}")), path + ".halo[1]"),
        "halo 4 on axis 3 is more than the overlap 3 there", "make the halo at most 3 or the overlap at least 4");
    assertMessage(errorAt(oneFile(file(">", "/d/o.H", "output", "{'patch': {'blocks': [2], 'halo': [-1]}}")),
        path + ".halo[0]"), "-1 is not allowed");
    assertMessage(errorAt(oneFile(file(">", "/d/o.H", "output", "{'patch': {'blocks': [2, 2], 'overlap': [4, 4],"
        + " 'halo': [1]}}")), path + ".halo"), "has 1 values but blocks has 2");
    assertMessage(errorAt(oneFile(file(">", "/d/o.H", "output", "{'patch': {'size': [10], 'count': [4],"
        + " 'halo': [2]}}")), path + ".halo"), "not with size and count");
  }

  @Test
  void aHaloDefaultsToNoneAndIsWrittenBackOnlyWhenSet() {
    BlockPatch plain = BlockPatch.of(List.of(2, 3), List.of(6, 6));
    assertEquals(List.of(0, 0), plain.halo());
    BlockPatch haloed = new BlockPatch(List.of(1, 2), List.of(2, 3), List.of(6, 6), List.of(2, 2));
    assertTrue(haloed.sameCutAs(plain));
    assertEquals(2, haloed.haloOn(2));
    assertEquals(0, haloed.haloOn(3));
  }

  @Test
  void patchListsMustMatchAndHoldAllowedValues() {
    String path = "files[0].distribute.patch";
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'patch': {'blocks': [2, 2], 'overlap': [1]}}")),
        path + ".overlap"), "has 1 values but blocks has 2");
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'patch': {'blocks': [4], 'overlap': [-1]}}")),
        path + ".overlap[0]"), "-1 is not allowed");
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'patch': {'blocks': [0, 4]}}")),
        path + ".blocks[0]"), "at least 1 block");
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'patch': {'blocks': [2, 2], 'axes': [3, 1]}}")),
        path + ".axes[1]"), "1 after 3", "increasing order");
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'patch': {'blocks': [2, 2], 'axes': [1, 12]}}")),
        path + ".axes[1]"), "12 is not an axis");
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'patch': {'blocks': [4], 'axes': [1, 2]}}")),
        path + ".axes"), "has 2 values but blocks has 1");
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'patch': {'blocks': []}}")), path + ".blocks"),
        "an empty list");
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'patch': {'size': [0], 'count': [2]}}")),
        path + ".size[0]"), "at least 1 sample");
    assertMessage(errorAt(oneFile(file("<", "/d/i.H", "input", "{'patch': {'blocks': [1000, 1000, 2]}}")),
        path + ".blocks"), "more patches than the 1000000 tasks");
  }

  @Test
  void disagreeingTaskCountsNameTheFilesAndTheCountsTheyImply() {
    JobError e = errorAt(withFiles(
        file("<", "/d/in.H", "input", "{'patch': {'blocks': [4, 4], 'overlap': [10, 10]}}") + ","
        + file("vel=", "/d/vel.H", "input", "{'patch': {'blocks': [2, 2]}}") + ","
        + file(">", "/d/out.H", "output", "{'patch': {'size': [50], 'count': [8]}}"), "'tasks': 16"), "tasks");
    assertMessage(e, "gives 16 tasks", "files[1] (/d/vel.H) is cut into 2x2 = 4 patches",
        "files[2] (/d/out.H) is cut into 8 patches");
    assertTrue(!e.message().contains("files[0]"), e::toString);
  }

  @Test
  void aPerTaskListMustAlsoAgreeWithThePatchedFiles() {
    assertMessage(errorAt(withFiles(file("<", "/d/in.H", "input", "{'patch': {'blocks': [3]}}"),
        "'tasks': [['a=1'], ['a=2']]"), "tasks"), "gives a list of 2 tasks", "is cut into 3 patches");
  }

  @Test
  void patchedFilesThatDisagreeWhenTasksIsLeftOutAreNamed() {
    assertMessage(errorAt(withFiles(file("<", "/d/in.H", "input", "{'patch': {'blocks': [4, 4]}}") + ","
        + file(">", "/d/out.H", "output", "{'patch': {'blocks': [2, 2]}}"), ""), "tasks"),
        "missing, and the patched files imply different numbers of tasks",
        "files[0] (/d/in.H) is cut into 4x4 = 16 patches", "files[1] (/d/out.H) is cut into 2x2 = 4 patches");
  }

  @Test
  void nothingToSettleTheNumberOfTasksIsAnError() {
    assertMessage(errorAt("{'program': {'command': ['x']}}", "tasks"), "missing", "give a number of tasks");
    assertMessage(errorAt(withFiles(file("<", "/d/in.H", "input", SPLIT3), ""), "tasks"),
        "files[0] is split, and a split takes its number of blocks from tasks");
  }

  @Test
  void syntaxErrorsGiveLineAndColumn() {
    JobValidationException e = assertThrows(JobValidationException.class,
        () -> JobSpec.parse("{\n  \"tasks\": 4,\n  \"program\": {\"command\": [\"x\"],}\n}", "jobs/smooth.json"));
    assertEquals(1, e.errors().size());
    assertEquals("", e.errors().get(0).path());
    assertMessage(e.errors().get(0), "line 3, column 32", "not valid JSON");
    assertTrue(e.getMessage().startsWith("jobs/smooth.json: 1 error\n  line 3"), e::getMessage);
  }

  @Test
  void anEmptyTextTrailingTextOrARepeatedKeyIsASyntaxError() {
    assertMessage(syntaxError("  "), "the text is empty");
    assertMessage(syntaxError("{\"program\": {\"command\": [\"x\"]}, \"tasks\": 1} {}"),
        "line 1, column 45", "unexpected text after the end");
    assertMessage(syntaxError("{\"tasks\": 1, \"tasks\": 2}"), "line 1", "Duplicate field 'tasks'");
  }

  private static JobError syntaxError(String text) {
    List<JobError> all = assertThrows(JobValidationException.class, () -> JobSpec.parse(text, "job.json")).errors();
    assertEquals(1, all.size(), all::toString);
    return all.get(0);
  }

  @Test
  void aTopLevelValueOtherThanAnObjectIsAnError() {
    JobError e = errorAt("[1, 2]", "");
    assertMessage(e, "expected an object with keys", "got a list");
  }

  @Test
  void allErrorsAreReportedTogetherInOneReadableMessage() {
    JobValidationException e = assertThrows(JobValidationException.class, () -> JobTexts.parse(withFiles(
        file("<", "/d/in.H", "input", "{'patch': {'blocks': [4, 4]}}") + ","
        + file(">", "/d/out.H", "output", "{'patch': {'blocks': [4, 4]}}").replace("}}}", "}}, 'x': 1}"),
        "'tasks': 8, 'queue': 3, 'maxAttempts': 0, 'resources': {'memory': '1q'}")));
    assertEquals(List.of("files[1].x", "queue", "resources.memory", "maxAttempts", "tasks"),
        e.errors().stream().map(JobError::path).toList());
    String[] lines = e.getMessage().split("\n");
    assertEquals("job.json: 5 errors", lines[0]);
    assertEquals(6, lines.length);
    assertTrue(lines[2].startsWith("  queue: expected a string"), lines[2]);
  }
}
