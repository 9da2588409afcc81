package org.devplan.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Distributed lists with 分别, in a report chapter: example sentences, each with every statement read from it
 * (name|level|growth|period|kind…).
 */
class DistributedListTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "规模以上工业增加值、服务业增加值分别增长6.1%、5.3%。 => 规模以上工业增加值||exact:增长6.1%|2025|actual"
          + " ¦ 服务业增加值||exact:增长5.3%|2025|actual",
      "高新技术企业、科技型中小企业分别突破850家、155家。 => 高新技术企业|greater_than:突破850家||2025|actual"
          + " ¦ 科技型中小企业|greater_than:突破155家||2025|actual",
      "城镇登记失业率和调查失业率分别为2.1%、5.1%。 => 城镇登记失业率|exact:2.1%||2025|actual"
          + " ¦ 调查失业率|exact:5.1%||2025|actual",
      "研发经费投入强度达到3%，分别高于全国、全省0.31个、0.36个百分点。 => 研发经费投入强度|exact:3%||2025|actual"
          + " ¦ 研发经费投入强度高于全国|exact:0.31个百分点||2025|actual|ref=全国"
          + " ¦ 研发经费投入强度高于全省|exact:0.36个百分点||2025|actual|ref=全省",
      "生产安全事故起数和死亡人数分别下降3.6%和1.3%。 => 生产安全事故起数||exact:下降3.6%|2025|actual"
          + " ¦ 死亡人数||exact:下降1.3%|2025|actual",
      "粮食产量、生猪出栏和蔬菜产量分别增长1%、2%及3%。 => 粮食产量||exact:增长1%|2025|actual"
          + " ¦ 生猪出栏||exact:增长2%|2025|actual ¦ 蔬菜产量||exact:增长3%|2025|actual",
      "城镇和农村居民人均可支配收入分别增长5%和6%。 => 城镇居民人均可支配收入||exact:增长5%|2025|actual"
          + " ¦ 农村居民人均可支配收入||exact:增长6%|2025|actual",
      "存、贷款余额分别增长8%和9%。 => 存款余额||exact:增长8%|2025|actual ¦ 贷款余额||exact:增长9%|2025|actual",
      "一般公共预算收支分别突破9千亿元、3万亿元。 => 一般公共预算收入|greater_than:突破9千亿元||2025|actual"
          + " ¦ 一般公共预算支出|greater_than:突破3万亿元||2025|actual",
      "金融机构人民币存贷款余额分别增长6.9%、6.6%。 => 金融机构人民币存款余额||exact:增长6.9%|2025|actual"
          + " ¦ 金融机构人民币贷款余额||exact:增长6.6%|2025|actual",
      "城乡居民人均可支配收入分别增长5%、7%。"
          + " => 城镇居民人均可支配收入||exact:增长5%|2025|actual ¦ 农村居民人均可支配收入||exact:增长7%|2025|actual",
      "城乡低保标准分别提高48%、45.5%，城乡居民医保补助标准提高30元。"
          + " => 城镇低保标准||exact:提高48%|2025|actual ¦ 农村低保标准||exact:提高45.5%|2025|actual"
          + " ¦ 城乡居民医保补助标准|exact:提高30元||2025|actual",
      "食品、药品抽检合格率分别达98.5%、99%。 => 食品抽检合格率|exact:98.5%||2025|actual"
          + " ¦ 药品抽检合格率|exact:99%||2025|actual"})
  void givesTheFiguresToTheSubjectsInOrder(String sentence, String expected) {
    assertThat(RuleCorpus.report(sentence)).isEqualTo(RuleCorpus.rows(expected));
  }
}
