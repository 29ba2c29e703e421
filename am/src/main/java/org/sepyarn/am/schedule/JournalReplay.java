package org.sepyarn.am.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rebuilds the tasks from the transitions a journal recorded, in order, across every earlier AM
 * attempt. The journal must be consistent: each transition starts from the state the previous one
 * of the same task left.
 */
final class JournalReplay {

  private JournalReplay() {
  }

  static List<Task> replay(int taskCount, List<TaskTransition> journal, long now) {
    TaskState[] states = new TaskState[taskCount];
    Arrays.fill(states, TaskState.WAITING);
    // Each task's attempts by number; a task has a few, so a small list beats a map per task.
    @SuppressWarnings("unchecked")
    List<Attempt>[] attempts = new List[taskCount];
    for (int n = 0; n < journal.size(); n++) {
      TaskTransition transition = journal.get(n);
      int index = transition.taskIndex();
      if (index >= taskCount) {
        throw new IllegalArgumentException("journal record " + n + " moves task " + index
            + " but the job has tasks 0 to " + (taskCount - 1));
      }
      if (transition.from() != states[index]) {
        throw new IllegalArgumentException("journal record " + n + " moves task " + index + " from "
            + transition.from() + " to " + transition.to() + " but the records before left it " + states[index]);
      }
      states[index] = transition.to();
      if (attempts[index] == null) {
        attempts[index] = new ArrayList<>(1);
      }
      put(attempts[index], transition.attempt());
    }
    List<Task> tasks = new ArrayList<>(taskCount);
    for (int i = 0; i < taskCount; i++) {
      tasks.add(Task.restore(i, states[i], attempts[i] == null ? List.of() : attempts[i], now));
    }
    return tasks;
  }

  /** Puts {@code attempt} in {@code byNumber}, sorted by number, in place of the one of its number. */
  private static void put(List<Attempt> byNumber, Attempt attempt) {
    int at = byNumber.size();
    while (at > 0 && byNumber.get(at - 1).number() > attempt.number()) {
      at--;
    }
    if (at > 0 && byNumber.get(at - 1).number() == attempt.number()) {
      byNumber.set(at - 1, attempt);
    } else {
      byNumber.add(at, attempt);
    }
  }
}
