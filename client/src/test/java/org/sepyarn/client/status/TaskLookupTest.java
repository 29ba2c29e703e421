package org.sepyarn.client.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.StatusCodec;
import org.sepyarn.am.status.TaskStatus;
import org.sepyarn.client.web.FakeWebClient;
import org.sepyarn.runner.spec.WorkLayout;

class TaskLookupTest {
  private static final String API = Reports.TRACKING + "api/status";
  private static final JobStatus LIVE = new JobStatus(Reports.ID.toString(), "smooth", "RUNNING", 0.5, List.of(
      new TaskStatus(0, "RUNNING", 1, 0, "node1:1", "container_1700000000000_0003_01_000002", 1L, 0.5, null)),
      null, 2);
  private static final JobStatus FILE = new JobStatus(Reports.ID.toString(), "smooth", "RUNNING", 0.25, List.of(
      new TaskStatus(0, "ASSIGNED", 1, 0, "node1:1", "container_1700000000000_0003_01_000002", 1L, 0, null)),
      null, 1);

  @TempDir
  Path dir;
  private final FakeWebClient web = new FakeWebClient();

  private TaskLookup lookup() throws Exception {
    return new TaskLookup(web, FileSystem.getLocal(new Configuration()));
  }

  private WorkLayout work() {
    return new WorkLayout(new org.apache.hadoop.fs.Path(dir.resolve("work").toUri()));
  }

  private void writeStatusFile() throws Exception {
    Files.createDirectories(dir.resolve("work"));
    Files.write(dir.resolve("work").resolve("status.json"), StatusCodec.write(FILE));
  }

  @Test
  void aRunningJobsTasksComeLiveFromItsTrackingPage() throws Exception {
    writeStatusFile();
    web.answer(API, 200, "application/json", new String(StatusCodec.write(LIVE), "UTF-8"));
    KnownTasks found = lookup().find(Reports.running(), work());
    assertEquals(new KnownTasks(TaskSource.TRACKING_PAGE, Optional.of(LIVE), ""), found);
  }

  @Test
  void whenTheTrackingPageDoesNotAnswerTheStatusFileStandsInAndTheNoteSaysWhy() throws Exception {
    writeStatusFile();
    KnownTasks found = lookup().find(Reports.running(), work());
    assertEquals(TaskSource.STATUS_FILE, found.source());
    assertEquals(Optional.of(FILE), found.status());
    assertTrue(found.note().startsWith("the tracking page did not give the tasks (no answer from " + API), found.note());
  }

  @Test
  void aProxyPageThatIsNotThisJobsStatusIsNotTaken() throws Exception {
    writeStatusFile();
    web.answer(API, 200, "text/html", "<html>This page is for application " + Reports.ID + " owned by alice</html>");
    KnownTasks found = lookup().find(Reports.running(), work());
    assertEquals(TaskSource.STATUS_FILE, found.source());
    assertTrue(found.note().contains("did not answer with a job status (text/html)"), found.note());
  }

  @Test
  void anotherApplicationsStatusIsNotTaken() throws Exception {
    writeStatusFile();
    JobStatus other = new JobStatus("application_1700000000000_0004", "x", "RUNNING", 0, List.of(), null, 0);
    web.answer(API, 200, "application/json", new String(StatusCodec.write(other), "UTF-8"));
    assertEquals(TaskSource.STATUS_FILE, lookup().find(Reports.running(), work()).source());
  }

  @Test
  void anEndedJobsTasksComeFromTheStatusFileWithoutAskingTheWeb() throws Exception {
    writeStatusFile();
    ApplicationReport failed = Reports.of(YarnApplicationState.FAILED, FinalApplicationStatus.FAILED, "task 0"
        + " failed", 1700000009000L);
    KnownTasks found = lookup().find(failed, work());
    assertEquals(new KnownTasks(TaskSource.STATUS_FILE, Optional.of(EndedJob.settle(FILE, failed)), ""), found);
    assertEquals("KILLED", found.status().orElseThrow().tasks().get(0).state(), "the assigned task ended with the job");
    assertEquals(List.<URI>of(), web.asked());
  }

  @Test
  void aSucceededJobWithoutItsWorkFolderSaysItWasRemovedAfterSuccess() throws Exception {
    KnownTasks found = lookup().find(Reports.of(YarnApplicationState.FINISHED, FinalApplicationStatus.SUCCEEDED, "",
        1700000009000L), work());
    assertEquals(TaskSource.NONE, found.source());
    assertTrue(found.note().startsWith("the job succeeded and its work folder " + work().root() + " was removed"),
        found.note());
    assertTrue(found.note().contains("--keep-work"), found.note());
  }

  @Test
  void aJobWhoseMasterHasNotWrittenItsStatusYetSaysSo() throws Exception {
    Files.createDirectories(dir.resolve("work"));
    KnownTasks found = lookup().find(Reports.of(YarnApplicationState.ACCEPTED, FinalApplicationStatus.UNDEFINED, "",
        0), work());
    assertEquals(KnownTasks.none("the ApplicationMaster has not written status.json in " + work().root() + " yet"),
        found);
  }

  @Test
  void theStatusPathGoesUnderTheTrackingUrlWithOrWithoutItsSlash() throws Exception {
    assertEquals(URI.create(API), TrackingPageStatus.apiStatus(Reports.TRACKING));
    assertEquals(URI.create(API), TrackingPageStatus.apiStatus(Reports.TRACKING.substring(0,
        Reports.TRACKING.length() - 1)));
  }

  @Test
  void oneTaskOfABigRunningJobIsAskedOfTheMasterAsPageNOfSizeOne() throws Exception {
    JobStatus task50000 = new JobStatus(Reports.ID.toString(), "smooth", "RUNNING", 0.5, List.of(
        new TaskStatus(50_000, "RUNNING", 1, 0, "node1:1", "container_1700000000000_0003_01_050002", 1L, 0.5, null)),
        null, 2, 100_000, null, null);
    web.answer(API + "?page=50000&size=1", 200, "application/json", new String(StatusCodec.write(task50000), "UTF-8"));

    KnownTasks found = lookup().find(Reports.running(), work(), TaskFilter.task(50_000));

    assertEquals(new KnownTasks(TaskSource.TRACKING_PAGE, Optional.of(task50000), ""), found);
  }

  @Test
  void theTasksInAStateAreAskedOfTheMasterByState() throws Exception {
    web.answer(API + "?state=RUNNING&size=1000", 200, "application/json",
        new String(StatusCodec.write(LIVE), "UTF-8"));

    assertEquals(Optional.of(LIVE), lookup().find(Reports.running(), work(), TaskFilter.state("running")).status());
  }

  @Test
  void aTaskTheStatusFileDoesNotListIsMissingAndTheNoteSaysWhy() throws Exception {
    Files.createDirectories(dir.resolve("work"));
    JobStatus big = new JobStatus(Reports.ID.toString(), "smooth", "FAILED", 0.5, FILE.tasks(), null, 2, 100_000,
        null, null);
    Files.write(dir.resolve("work").resolve("status.json"), StatusCodec.write(big));

    KnownTasks found = lookup().find(Reports.of(YarnApplicationState.FAILED, FinalApplicationStatus.FAILED, "",
        1700000009000L), work(), TaskFilter.task(50_000));

    assertEquals(List.of(), found.status().orElseThrow().tasks());
    assertEquals(100_000, found.status().orElseThrow().taskCount());
    assertEquals("status.json lists 1 of the job's 100000 tasks, so it may not have task 50000; the live tracking"
        + " page has every task while the job runs", found.note());
  }

  @Test
  void aListedTaskIsFoundInTheStatusFile() throws Exception {
    writeStatusFile();

    ApplicationReport failed = Reports.of(YarnApplicationState.FAILED, FinalApplicationStatus.FAILED, "",
        1700000009000L);
    KnownTasks found = lookup().find(failed, work(), TaskFilter.task(0));

    assertEquals(new KnownTasks(TaskSource.STATUS_FILE, Optional.of(EndedJob.settle(FILE, failed)), ""), found);
  }
}
