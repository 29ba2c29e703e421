package org.sepyarn.am.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sepyarn.am.schedule.Attempt;

/**
 * Which attempts of a task were speculative: started while an earlier attempt of the same task
 * still ran. Read from the attempts' times alone, so journals need no field of their own for it.
 */
final class SpeculativeAttempts {
  private SpeculativeAttempts() {
  }

  /** The numbers of the speculative attempts among a task's {@code attempts}. */
  static Set<Integer> numbers(List<Attempt> attempts) {
    if (attempts.size() < 2) {
      return Set.of();
    }
    Set<Integer> speculative = new HashSet<>();
    for (Attempt later : attempts) {
      for (Attempt earlier : attempts) {
        if (earlier.number() < later.number() && earlier.startedAt() <= later.startedAt()
            && (!earlier.hasEnded() || earlier.endedAt().getAsLong() > later.startedAt())) {
          speculative.add(later.number());
        }
      }
    }
    return speculative;
  }
}
