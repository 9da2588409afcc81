package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.devplan.model.Bound;
import org.devplan.model.Observation;
import org.devplan.model.Period;
import org.devplan.model.Unit;
import org.junit.jupiter.api.Test;

class LinkerTest {
  private static Linker.Reading reading(String name, String level) {
    Bound b = Bound.parse(level);
    return new Linker.Reading(name, b.unit(), false, new Observation.Builder().kind(Observation.Kind.TARGET)
        .period(Period.year(2026)).level(b), null);
  }

  private static List<String> names(List<Draft> drafts) {
    return drafts.stream().map(d -> d.name + " " + (d.unit == null ? "-" : d.unit.symbol()) + " "
        + d.observations.size() + " " + d.aliases).toList();
  }

  @Test
  void linksANameOfTheSameAliasGroupToTheAnnexRow() {
    Draft annex = new Draft("城镇新增就业");
    annex.unit = Unit.of("万人");
    annex.annex = true;
    List<Draft> drafts = Linker.link(Vocabulary.standard(), List.of(annex),
        List.of(reading("新增城镇就业", "11万人"), reading("城镇新增就业", "11万人以上"), reading("粮食产量", "50亿斤")));
    assertThat(names(drafts)).containsExactly("城镇新增就业 万人 2 [新增城镇就业]", "粮食产量 亿斤 1 []");
  }

  @Test
  void splitsFiguresInUnitsThatDoNotConvertIntoIndicatorsOfTheirOwn() {
    List<Draft> drafts = Linker.link(Vocabulary.standard(), List.of(),
        List.of(reading("交易", "8151宗"), reading("交易", "11.8亿元")));
    assertThat(names(drafts)).containsExactly("交易（宗） 宗 1 []", "交易 亿元 1 []");
  }

  @Test
  void keepsAFigureWithItsMagnitudeAsTheUnitWithTheSubjectsOthers() {
    List<Draft> drafts = Linker.link(Vocabulary.standard(), List.of(),
        List.of(reading("产值", "突破100亿"), reading("产值", "130亿元"), reading("产值", "12家")));
    assertThat(names(drafts)).containsExactly("产值 亿元 2 []", "产值（家） 家 1 []");
  }

  @Test
  void givesANewSubjectTheUnitOfItsFirstLevel() {
    List<Draft> drafts = Linker.link(Vocabulary.standard(), List.of(),
        List.of(new Linker.Reading("研发投入强度", Optional.empty(), false, new Observation.Builder()
            .kind(Observation.Kind.TARGET).period(Period.year(2026)).growth(Bound.parse("5%")), null),
            reading("研发投入强度", "2.5%")));
    assertThat(names(drafts)).containsExactly("研发投入强度 % 2 []");
  }
}
