package org.vigie.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {
  @Test
  void resultsComeInInputOrderAndFailuresStayLocal() {
    for (int threads : new int[] {1, 3}) {
      List<Integer> items = IntStream.range(0, 200).boxed().toList();
      List<BatchRunner.Outcome<Integer, Integer>> out = new ArrayList<>();
      BatchRunner.run(items.iterator(), threads, i -> {
        if (i % 17 == 0) {
          throw new IllegalStateException("bad " + i);
        }
        return i * 2;
      }, out::add);
      assertEquals(200, out.size());
      for (int i = 0; i < 200; i++) {
        assertEquals(i, out.get(i).item());
        if (i % 17 == 0) {
          assertNotNull(out.get(i).error());
        } else {
          assertEquals(i * 2, out.get(i).result());
        }
      }
    }
  }
}
