package org.sepyarn.am.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    List<Map<Integer, Attempt>> attempts = new ArrayList<>();
    for (int i = 0; i < taskCount; i++) {
      attempts.add(new TreeMap<>());
    }
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
      attempts.get(index).put(transition.attempt().number(), transition.attempt());
    }
    List<Task> tasks = new ArrayList<>(taskCount);
    for (int i = 0; i < taskCount; i++) {
      tasks.add(Task.restore(i, states[i], List.copyOf(attempts.get(i).values()), now));
    }
    return tasks;
  }
}
