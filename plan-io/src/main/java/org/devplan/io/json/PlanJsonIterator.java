package org.devplan.io.json;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.devplan.model.Plan;
import org.devplan.model.PlanFormatException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The plans of a JSON array or of JSON Lines, read one at a time: only the current plan is held in memory. Not
 * thread-safe; close it (or the stream it gives) when done.
 *
 * <pre>{@code
 * try (PlanJsonIterator plans = PlanJson.codec().parseAllFile(Path.of("corpus.json"))) {
 *   while (plans.hasNext()) {
 *     Plan p = plans.next();
 *   }
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class PlanJsonIterator implements Iterator<Plan>, AutoCloseable {
  private final JsonParser parser;
  private final String source;
  private final PlanJsonReading reading;
  private final UnaryOperator<RuntimeException> relocate;
  private boolean array;
  private boolean started;
  private boolean done;
  private @Nullable Plan next;

  /** {@code relocate} moves a {@link PlanFormatException} of the byte parser to its place in code points. */
  PlanJsonIterator(JsonParser parser, String source, boolean strictUnits,
      UnaryOperator<RuntimeException> relocate) {
    this.parser = parser;
    this.source = source;
    this.reading = new PlanJsonReading(parser, source, strictUnits);
    this.relocate = relocate;
  }

  /**
   * True if another plan follows.
   *
   * @throws PlanFormatException if the next plan, or what follows the last, is malformed
   */
  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  /**
   * The next plan.
   *
   * @throws NoSuchElementException if there is none
   * @throws PlanFormatException if it is malformed
   */
  @Override
  public Plan next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Plan p = requireNonNull(next, "hasNext() left no plan");
    next = null;
    return p;
  }

  /** The remaining plans as a sequential stream; closing it closes this iterator. */
  public Stream<Plan> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  private @Nullable Plan advance() {
    try {
      JsonToken t = parser.nextToken();
      if (!started) {
        started = true;
        if (t == JsonToken.START_ARRAY) {
          array = true;
          t = parser.nextToken();
        }
      }
      if (array) {
        if (t == JsonToken.END_ARRAY) {
          done = true;
          if (parser.nextToken() != null) {
            throw reading.fail("unexpected content after the array of plans");
          }
          return null;
        }
        if (t == null) {
          throw reading.fail("unexpected end of input: the array of plans is not closed");
        }
      } else if (t == null) {
        done = true;
        return null;
      }
      return reading.plan();
    } catch (JacksonException e) {
      done = true;
      throw relocate.apply(PlanJson.translate(e, source, parser));
    } catch (PlanFormatException e) {
      done = true;
      throw relocate.apply(e);
    }
  }

  /** Closes the input. */
  @Override
  public void close() {
    done = true;
    try {
      parser.close();
    } catch (JacksonException e) {
      throw PlanJson.io(e);
    }
  }
}
