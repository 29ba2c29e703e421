package org.sepyarn.am.yarn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.hadoop.yarn.api.records.Priority;
import org.apache.hadoop.yarn.api.records.Resource;
import org.apache.hadoop.yarn.client.api.AMRMClient.ContainerRequest;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.ContainerAsk;
import org.sepyarn.am.schedule.TaskPreference;

class ContainerRequestsTest {
  private final ContainerRequests requests = new ContainerRequests(null, Resource.newInstance(512, 1),
      Priority.newInstance(1));

  @Test
  void aPreferenceBecomesARequestOnItsHostsAndRacksWithRelaxedLocality() {
    ContainerRequest r = requests.request(new ContainerAsk(7, 3,
        new TaskPreference(List.of("dn1", "dn2"), List.of("/rack1"))));

    assertEquals(List.of("dn1", "dn2"), r.getNodes());
    assertEquals(List.of("/rack1"), r.getRacks());
    assertTrue(r.getRelaxLocality());
    assertEquals(Resource.newInstance(512, 1), r.getCapability());
  }

  @Test
  void noPreferenceAsksAnywhere() {
    ContainerRequest r = requests.request(new ContainerAsk(1, 0, TaskPreference.NONE));

    assertNull(r.getNodes());
    assertNull(r.getRacks());
    assertTrue(r.getRelaxLocality());
  }

  @Test
  void aLabelledJobAsksForItsLabelAnywhereSinceYarnTakesNoLabelWithHostsOrRacks() {
    ContainerRequests labelled = new ContainerRequests(null, Resource.newInstance(512, 1), Priority.newInstance(1),
        "gpu");
    ContainerRequest r = labelled.request(new ContainerAsk(7, 3,
        new TaskPreference(List.of("dn1"), List.of("/rack1"))));

    assertEquals("gpu", r.getNodeLabelExpression());
    assertNull(r.getNodes());
    assertNull(r.getRacks());
    assertNull(requests.request(new ContainerAsk(1, 0, TaskPreference.NONE)).getNodeLabelExpression());
  }
}
