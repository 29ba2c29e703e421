package org.sepyarn.runner.heartbeat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sepyarn.runner.spec.Heartbeat;
import org.sepyarn.runner.spec.HeartbeatReply;
import org.sepyarn.runner.spec.HeartbeatReply.NextAttempt;

class NextAttemptRequestTest {
  private final List<Heartbeat> sent = new ArrayList<>();
  private final List<Long> slept = new ArrayList<>();

  private NextAttemptRequest answering(Object... answers) {
    List<Object> left = new ArrayList<>(List.of(answers));
    return new NextAttemptRequest(hb -> {
      sent.add(hb);
      Object answer = left.remove(0);
      if (answer instanceof Exception e) {
        throw e;
      }
      return (HeartbeatReply) answer;
    }, slept::add, 3, 500);
  }

  @Test
  void reportsTheAttemptDoneAndReturnsTheAttemptHandedOver() throws Exception {
    NextAttempt next = new NextAttempt(7, 1, 1200, 300);
    NextAttemptRequest.Answer got = answering(new HeartbeatReply(true, next)).ask("c1", 3, 2);

    assertEquals(new NextAttemptRequest.Answer(true, Optional.of(next)), got);
    assertEquals(List.of(Heartbeat.done("c1", 3, 2)), sent);
    assertTrue(sent.get(0).done());
  }

  @Test
  void noAttemptHandedOverOrAGiveUpEndsTheContainer() throws Exception {
    NextAttemptRequest.Answer none = new NextAttemptRequest.Answer(true, Optional.empty());
    assertEquals(none, answering(new HeartbeatReply(true)).ask("c1", 3, 2));
    assertEquals(none, answering(new HeartbeatReply(false, new NextAttempt(7, 1, 0, 9))).ask("c1", 3, 2));
  }

  @Test
  void anApplicationMasterThatDoesNotAnswerIsAskedAgainThenGivenUp() throws Exception {
    NextAttempt next = new NextAttempt(4, 2, 0, 50);
    assertEquals(Optional.of(next), answering(new IOException("refused"), new HeartbeatReply(true, next))
        .ask("c1", 0, 1).next());
    assertEquals(List.of(500L), slept);

    sent.clear();
    slept.clear();
    NextAttemptRequest.Answer unanswered = answering(new IOException("a"), new IOException("b"),
        new IOException("c")).ask("c1", 0, 1);
    assertFalse(unanswered.answered());
    assertEquals(Optional.empty(), unanswered.next());
    assertEquals(3, sent.size(), "asked as often as allowed");
    assertEquals(List.of(500L, 500L), slept, "no pause after the last try");
  }

  @Test
  void aContainerOfOneTaskReportsItDoneOnceAndDoesNotWaitForAnAnswer() throws Exception {
    List<Heartbeat> tried = new ArrayList<>();
    NextAttemptRequest.Answer lost = NextAttemptRequest.once(hb -> {
      tried.add(hb);
      throw new IOException("connection refused");
    }).ask("c1", 5, 1);
    assertFalse(lost.answered());
    assertEquals(List.of(Heartbeat.done("c1", 5, 1)), tried);

    tried.clear();
    assertEquals(new NextAttemptRequest.Answer(true, Optional.empty()), NextAttemptRequest.once(hb -> {
      tried.add(hb);
      return new HeartbeatReply(true);
    }).ask("c1", 5, 1));
    assertEquals(1, tried.size());
  }
}
