package cn.gongkai.publisher.convert;

import com.github.houbb.opencc4j.support.data.impl.OpenccDatas;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenCC's simplified → traditional conversion as opencc4j's {@code ZhConverterUtil.toTraditional}
 * does it, with its dictionaries, but on arrays instead of maps of boxed characters: a full build
 * converts every item, and opencc4j's segmenter took a sixth of its CPU samples. On the synthetic
 * corpus this is about six times faster (BENCHMARKS.md).
 *
 * <p>The same steps: runs of CJK unified ideographs (U+4E00–U+9FA5) are cut by forward maximum
 * matching against the phrase words of both directions (opencc4j's segmentation trie); each piece
 * becomes its phrase translation if it has one, else each character its character translation (the
 * first of several). Outside those runs only characters are translated: no phrase key is made of
 * such characters alone (checked when the dictionaries load). {@code SimplifiedToTraditionalTest}
 * compares the two, character for character, over the seed documents, the synthetic corpus and
 * every dictionary phrase alone and next to its neighbour.
 */
final class SimplifiedToTraditional {
  private static final char FIRST_HAN = '\u4E00';
  private static final char LAST_HAN = '\u9FA5';

  /** The character translations, indexed by the character. */
  private final String[] characters;

  private final Trie words;

  private SimplifiedToTraditional(String[] characters, Trie words) {
    this.characters = characters;
    this.words = words;
  }

  /** Loads opencc4j's dictionaries (about 50,000 phrases); share the instance. */
  static SimplifiedToTraditional load() {
    Map<String, String> phrases = firstValues(OpenccDatas.stPhrase().data().getDataMap());
    String[] characters = new String[Character.MAX_VALUE + 1];
    firstValues(OpenccDatas.stChar().data().getDataMap())
        .forEach(
            (key, value) -> {
              if (key.length() == 1) {
                characters[key.charAt(0)] = value;
              }
            });
    for (String key : phrases.keySet()) {
      if (key.chars().noneMatch(c -> isHan((char) c))) {
        throw new IllegalStateException(
            "The phrase dictionary has a key without CJK ideographs, "
                + key
                + ", which this converter does not segment as opencc4j would.");
      }
    }
    Map<String, String> segmentWords = new HashMap<>();
    OpenccDatas.tsPhrase().data().getDataMap().keySet().forEach(w -> segmentWords.put(w, null));
    segmentWords.putAll(phrases);
    return new SimplifiedToTraditional(characters, Trie.of(segmentWords));
  }

  String convert(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (!isHan(text.charAt(i))) {
        character(text.charAt(i), out);
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < text.length() && isHan(text.charAt(runEnd))) {
        runEnd++;
      }
      while (i < runEnd) {
        int word = words.longestWord(text, i, runEnd);
        if (word < 0) {
          character(text.charAt(i), out);
          i++;
          continue;
        }
        int length = words.length(word);
        String phrase = words.translation(word);
        if (phrase != null) {
          out.append(phrase);
        } else {
          for (int k = i; k < i + length; k++) {
            character(text.charAt(k), out);
          }
        }
        i += length;
      }
    }
    return out.toString();
  }

  private void character(char c, StringBuilder out) {
    String converted = characters[c];
    if (converted != null) {
      out.append(converted);
    } else {
      out.append(c);
    }
  }

  private static boolean isHan(char c) {
    return c >= FIRST_HAN && c <= LAST_HAN;
  }

  private static Map<String, String> firstValues(Map<String, List<String>> dictionary) {
    Map<String, String> first = new HashMap<>(dictionary.size() * 2);
    dictionary.forEach(
        (key, values) -> {
          if (values != null && !values.isEmpty()) {
            first.put(key, values.get(0));
          }
        });
    return first;
  }

  /**
   * Words as a trie: the first character indexes an array of the CJK block, the later ones a binary
   * search in each node's sorted labels. A node where a word ends carries its length and its phrase
   * translation (null for a word only the segmentation knows).
   */
  private static final class Trie {
    private final int[] first;
    private final char[][] labels;
    private final int[][] children;
    private final int[] wordLengths;
    private final String[] translations;

    private Trie(
        int[] first, char[][] labels, int[][] children, int[] wordLengths, String[] translations) {
      this.first = first;
      this.labels = labels;
      this.children = children;
      this.wordLengths = wordLengths;
      this.translations = translations;
    }

    static Trie of(Map<String, String> words) {
      List<Map<Character, Integer>> nodes = new ArrayList<>();
      List<Integer> lengths = new ArrayList<>();
      List<String> values = new ArrayList<>();
      nodes.add(new HashMap<>());
      lengths.add(0);
      values.add(null);
      words.forEach(
          (word, translation) -> {
            int node = 0;
            for (int k = 0; k < word.length(); k++) {
              Integer next = nodes.get(node).get(word.charAt(k));
              if (next == null) {
                next = nodes.size();
                nodes.get(node).put(word.charAt(k), next);
                nodes.add(new HashMap<>());
                lengths.add(0);
                values.add(null);
              }
              node = next;
            }
            lengths.set(node, word.length());
            values.set(node, translation);
          });
      int[] first = new int[LAST_HAN - FIRST_HAN + 1];
      nodes
          .get(0)
          .forEach(
              (c, node) -> {
                if (isHan(c)) {
                  first[c - FIRST_HAN] = node;
                }
              });
      char[][] labels = new char[nodes.size()][];
      int[][] children = new int[nodes.size()][];
      for (int n = 0; n < nodes.size(); n++) {
        char[] keys = new char[nodes.get(n).size()];
        int k = 0;
        for (char c : nodes.get(n).keySet()) {
          keys[k++] = c;
        }
        Arrays.sort(keys);
        int[] next = new int[keys.length];
        for (k = 0; k < keys.length; k++) {
          next[k] = nodes.get(n).get(keys[k]);
        }
        labels[n] = keys;
        children[n] = next;
      }
      int[] wordLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
      return new Trie(first, labels, children, wordLengths, values.toArray(String[]::new));
    }

    /**
     * The node of the longest word at {@code text[from..]} that ends by {@code to} — a CJK run — or
     * -1.
     */
    int longestWord(String text, int from, int to) {
      int node = first[text.charAt(from) - FIRST_HAN];
      int longest = -1;
      for (int k = from + 1; node != 0; k++) {
        if (wordLengths[node] > 0) {
          longest = node;
        }
        if (k == to) {
          break;
        }
        int slot = Arrays.binarySearch(labels[node], text.charAt(k));
        node = slot < 0 ? 0 : children[node][slot];
      }
      return longest;
    }

    int length(int word) {
      return wordLengths[word];
    }

    String translation(int word) {
      return translations[word];
    }
  }
}
