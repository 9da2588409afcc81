package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A numbered part of a plan (一、, （三）, 一是, 1., （1）, 第一章 …): its label as written with the numbering
 * scheme and ordinal, its title, its own paragraphs, its tasks and its child chapters. Its {@link #path()}
 * ({@code 3.2.1}) locates it in the tree: the top chapters are {@code 1, 2, …} in order and a child's path is
 * its parent's plus {@code .n}. Inline {@code 一是…二是…} items are the lowest chapters. Immutable and thread-safe.
 *
 * <pre>{@code
 * Chapter consumption = new Chapter.Builder()
 *     .label("一是").numbering(Chapter.Numbering.ENUMERATED).ordinal(1).path("3.1.1")
 *     .title("多措并举提振消费").inline(true)
 *     .addParagraph("一是多措并举提振消费。深入实施提振消费专项行动，…")
 *     .build();
 * consumption.depth();   // 3
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Chapter implements WithChapter {
  Chapter() {}

  /** Numbering schemes of headings. */
  public enum Numbering {
    /** 第一部分. */
    PART,
    /** 第一篇. */
    VOLUME,
    /** 第一章. */
    CHAPTER,
    /** 第一节. */
    SECTION,
    /** 一、. */
    CHINESE,
    /** （一） or (一). */
    PAREN_CHINESE,
    /** 一是, 二是 (usually inline). */
    ENUMERATED,
    /** 1. 1． 1、. */
    ARABIC,
    /** （1） or (1). */
    PAREN_ARABIC,
    /** ① ②. */
    CIRCLED,
    /** 第一，第二 (prose enumeration). */
    ORDINAL_WORD,
    /** —— list items. */
    DASH,
    /** 附件, 附表 and other labels. */
    OTHER,
    /**
     * No number: a title line of its own that parts a report (“十四五”时期发展成就和2025年工作回顾); the label is empty.
     */
    UNNUMBERED
  }

  /** The numbering as written, e.g. {@code （三）}. */
  public abstract String label();

  /** The numbering scheme. */
  public abstract Numbering numbering();

  /** The number the label stands for (三 → 3); 0 where the label has none. */
  public abstract int ordinal();

  /** The heading phrase: up to its first 。 or the line end, without the label. */
  public abstract String title();

  /** The position in the tree, e.g. {@code 3.2.1}. */
  public abstract String path();

  /** True if the heading is the first sentence of a paragraph rather than a line of its own. */
  @Value.Default
  public boolean inline() {
    return false;
  }

  /** The chapter's own paragraphs (not its children's), in order. */
  public abstract ImmutableList<String> paragraphs();

  /** Its tasks: for a lowest chapter of a plan-year part, the chapter itself as one task. */
  public abstract ImmutableList<Task> tasks();

  /** Its child chapters, in document order. */
  public abstract ImmutableList<Chapter> children();

  /** Where its heading was read from. */
  public abstract Optional<Provenance> provenance();

  /**
   * True if {@code path} is dot-separated positive numbers without leading zeros ({@code 3.2.1}), checked in one
   * pass over its characters (no regular expression: a path of thousands of levels costs no stack).
   *
   * <pre>{@code
   * Chapter.isPath("3.2.1");   // true
   * Chapter.isPath("3.02");    // false
   * }</pre>
   */
  public static boolean isPath(String path) {
    int n = path.length();
    boolean partStart = true;
    for (int i = 0; i < n; i++) {
      char c = path.charAt(i);
      if (c == '.') {
        if (partStart) {
          return false;
        }
        partStart = true;
      } else if (c >= '0' && c <= '9') {
        if (partStart && c == '0') {
          return false;
        }
        partStart = false;
      } else {
        return false;
      }
    }
    return !partStart;
  }

  /** The depth in the tree: 1 for a top chapter. */
  public final int depth() {
    return (int) path().chars().filter(c -> c == '.').count() + 1;
  }

  /** This chapter and all below it, depth-first in document order. */
  public final Stream<Chapter> selfAndDescendants() {
    return Stream.concat(Stream.of(this), children().stream().flatMap(Chapter::selfAndDescendants));
  }

  @Value.Check
  void check() {
    checkArgument(isPath(path()),
        "chapter %s%s: path \"%s\" must be dot-separated positive numbers", label(), title(), path());
    checkArgument(!(label().isBlank() && title().isBlank()), "chapter %s: needs a label or a title", path());
    checkArgument(ordinal() >= 0, "chapter %s: ordinal %s must not be negative", path(), ordinal());
    for (int i = 0; i < children().size(); i++) {
      String expected = path() + "." + (i + 1);
      checkArgument(children().get(i).path().equals(expected),
          "chapter %s: child %s has path %s, expected %s", path(), i + 1, children().get(i).path(), expected);
    }
  }

  /** Builds a {@link Chapter}. */
  public static class Builder extends ImmutableChapter.Builder {}
}
