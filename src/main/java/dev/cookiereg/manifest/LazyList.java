package dev.cookiereg.manifest;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list whose items are made from a source list's items each time they are read, so a
 * long list is never held twice: writing it makes, writes and drops one item at a time.
 */
final class LazyList<T, R> extends AbstractList<R> implements RandomAccess {
  private final List<T> source;
  private final Function<? super T, ? extends R> item;

  LazyList(List<T> source, Function<? super T, ? extends R> item) {
    this.source = List.copyOf(source);
    this.item = item;
  }

  @Override
  public R get(int index) {
    return item.apply(source.get(index));
  }

  @Override
  public int size() {
    return source.size();
  }

  /** The list itself when it is already a lazy list, else an immutable copy. */
  static <E> List<E> copyOf(List<E> list) {
    return list instanceof LazyList<?, E> ? list : List.copyOf(list);
  }
}
