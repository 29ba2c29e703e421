package org.sepyarn.client.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.sepyarn.client.cli.InvalidInputException;
import org.sepyarn.formats.job.JobSpec;

class SubmitSettingsTest {
  private static Configuration conf(String... keyValues) {
    Configuration conf = new Configuration(false);
    for (int i = 0; i < keyValues.length; i += 2) {
      conf.set(keyValues[i], keyValues[i + 1]);
    }
    return conf;
  }

  @Test
  void defaultsAreAGigabyteAndTwoAttempts() throws Exception {
    assertEquals(new SubmitSettings(1024, 2, false), SubmitSettings.from(conf()));
  }

  @Test
  void attemptsAreCappedByTheResourceManagersLimit() throws Exception {
    SubmitSettings s = SubmitSettings.from(conf("sepyarn.am.max-attempts", "5",
        "yarn.resourcemanager.am.max-attempts", "3", "sepyarn.am.memory-mb", "2048"));
    assertEquals(new SubmitSettings(2048, 3, false), s);
  }

  @Test
  void badValuesNameTheKey() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> SubmitSettings.from(conf("sepyarn.am.memory-mb", "1g")));
    assertEquals("sepyarn.am.memory-mb=1g is not a whole number (default 1024)", e.getMessage());
    e = assertThrows(InvalidInputException.class, () -> SubmitSettings.from(conf("sepyarn.am.max-attempts", "0")));
    assertTrue(e.getMessage().startsWith("sepyarn.am.max-attempts=0 is not allowed"), e.getMessage());
  }

  @Test
  void theRequestCarriesTheJobsNameQueuePriorityAndTags() {
    JobSpec job = JobSpec.parse("{\"name\": \"n\", \"queue\": \"q\", \"priority\": 3, \"tags\": [\"a\"],"
        + " \"program\": {\"command\": [\"x\"]}, \"tasks\": 1}", "job.json");
    SubmissionRequest r = new SubmitSettings(512, 2, true).request(job);
    assertEquals(new SubmissionRequest("n", "q", 3, List.of("a"), 512, 2, true), r);
  }

  @Test
  void aResumeCarriesTheTasksToRunAgainToTheRequest() throws Exception {
    JobSpec job = JobSpec.parse("{\"name\": \"n\", \"program\": {\"command\": [\"x\"]}, \"tasks\": 6}", "job.json");
    SubmitSettings s = SubmitSettings.from(conf("sepyarn.resume-from", "/w/old", "sepyarn.resume-rerun", "1,4"));
    assertEquals(List.of(1, 4), s.rerun());
    SubmissionRequest r = s.request(job);
    assertEquals("/w/old", r.resumeFrom());
    assertEquals(List.of(1, 4), r.rerun());
    assertEquals(List.of(), SubmitSettings.from(conf()).request(job).rerun());
  }

  @Test
  void theJobsAclsAndNodeLabelReachTheRequestAndDashDReplacesEitherList() throws Exception {
    JobSpec job = JobSpec.parse("{\"program\": {\"command\": [\"x\"]}, \"tasks\": 1, \"nodeLabel\": \"gpu\","
        + " \"acls\": {\"view\": [\"alice\"], \"modify\": [\"alice\"]}}", "job.json");
    SubmissionRequest fromJob = SubmitSettings.from(conf()).request(job);
    assertEquals(new org.sepyarn.formats.job.Acls(List.of("alice"), List.of("alice")), fromJob.acls());
    assertEquals("gpu", fromJob.nodeLabel());

    SubmissionRequest replaced = SubmitSettings.from(conf("sepyarn.acl.view", "bob, @geo")).request(job);
    assertEquals(new org.sepyarn.formats.job.Acls(List.of("bob", "@geo"), List.of("alice")), replaced.acls());
    assertEquals("bob geo", ApplicationAcls.of(replaced.acls())
        .get(org.apache.hadoop.yarn.api.records.ApplicationAccessType.VIEW_APP));

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> SubmitSettings.from(conf("sepyarn.acl.modify", "bob smith")));
    assertTrue(e.getMessage().startsWith("sepyarn.acl.modify=bob smith: \"bob smith\" is not a user"), e.getMessage());
  }

  @Test
  void byDefaultNobodyButTheOwnerAndTheAdministratorsMayViewOrModify() throws Exception {
    JobSpec job = JobSpec.parse("{\"program\": {\"command\": [\"x\"]}, \"tasks\": 1}", "job.json");
    SubmissionRequest r = SubmitSettings.from(conf()).request(job);
    assertEquals(java.util.Map.of(org.apache.hadoop.yarn.api.records.ApplicationAccessType.VIEW_APP, " ",
        org.apache.hadoop.yarn.api.records.ApplicationAccessType.MODIFY_APP, " "), ApplicationAcls.of(r.acls()));
    assertEquals(null, r.nodeLabel());
  }
}
