package org.sepyarn.am.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SideBySideTest {
  @Test
  void resultsComeBackInTheOrderOfTheWorkWhateverOrderItEnds() throws IOException {
    List<Callable<Integer>> work = IntStream.range(0, 20).<Callable<Integer>>mapToObj(i -> () -> {
      Thread.sleep(20 - i);
      return i * i;
    }).toList();
    assertEquals(IntStream.range(0, 20).map(i -> i * i).boxed().toList(), SideBySide.all(work, 4, "test"));
    assertEquals(List.of(), SideBySide.all(List.<Callable<Integer>>of(), 4, "test"));
  }

  @Test
  void aFailureThatIsNotAnIoExceptionComesBackAsOneWithItsCause() {
    IllegalStateException cause = new IllegalStateException("bad header");
    IOException e = assertThrows(IOException.class, () -> SideBySide.all(List.<Callable<Integer>>of(() -> 1, () -> {
      throw cause;
    }), 2, "test"));
    assertEquals(cause, e.getCause());
  }
}
