/**
 * The domain model of development plans (国民经济和社会发展计划, plan reports, work reports, five-year outlines):
 * a {@link org.devplan.model.Plan} holds a tree of {@link org.devplan.model.Chapter}s with their
 * {@link org.devplan.model.Task}s, and the plan's {@link org.devplan.model.Indicator}s, each with every
 * {@link org.devplan.model.Observation} (actual or target) the document states about it.
 *
 * <p>Every type is an immutable, thread-safe value with value equality; none accepts or returns {@code null}
 * ({@link java.util.Optional} marks what may be absent). Amounts are {@link java.math.BigDecimal}s kept at the
 * scale they were written with ({@code 5.60} stays {@code 5.60}); compare them with {@code compareTo}.
 *
 * <p>The one grammar of written quantities lives here: {@link org.devplan.model.Quantity#parse(String)},
 * {@link org.devplan.model.Bound#parse(String)} and {@link org.devplan.model.Unit#of(String)}. Text it does not
 * understand is rejected with a {@link org.devplan.model.PlanFormatException} naming the text and the column.
 *
 * <pre>{@code
 * Quantity gdp = Quantity.parse("5088.9亿元");   // 5088.9亿元
 * Quantity inWan = gdp.to(Unit.of("万元"));       // 50889000万元, exact
 * Bound target = Bound.parse("5以上");            // Single[kind=AT_LEAST, value=5, unit=Optional.empty, text=5以上]
 * Bound range = Bound.parse("4.5%至5%");          // Range[low=4.5, high=5, unit=Optional[%], text=4.5%至5%]
 * }</pre>
 *
 * @since 0.1
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    allowedClasspathAnnotations = {Override.class})
@Value.Style.Depluralize(dictionary = {"child:children", "alias:aliases"})
package org.devplan.model;

import org.immutables.value.Value;
