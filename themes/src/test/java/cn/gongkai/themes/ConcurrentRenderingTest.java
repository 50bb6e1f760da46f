package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gongkai.themes.examples.ExamplePages;
import cn.gongkai.themes.examples.ExamplePages.NamedPage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ConcurrentRenderingTest {

  @Test
  void twoThreadsRenderTheSamePagesAsOne() throws Exception {
    Theme theme = Theme.defaultTheme();
    List<NamedPage> pages = new ArrayList<>();
    for (Variant variant : Variant.values()) {
      pages.addAll(ExamplePages.models(variant, UnaryOperator.identity()));
    }
    List<String> expected = pages.stream().map(named -> theme.render(named.page())).toList();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int thread = 0; thread < 2; thread++) {
        runs.add(
            threads.submit(
                () -> {
                  List<String> rendered = new ArrayList<>();
                  for (int round = 0; round < 10; round++) {
                    rendered.clear();
                    pages.forEach(named -> rendered.add(theme.render(named.page())));
                  }
                  return rendered;
                }));
      }
      for (Future<List<String>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      threads.shutdown();
    }
  }
}
