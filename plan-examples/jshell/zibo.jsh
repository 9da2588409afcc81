// The seed plan in JShell: import it, look at its annex, compute, audit.
//   jshell --class-path plan-examples/target/devplan.jar plan-examples/jshell/zibo.jsh
import java.nio.file.Path;
import org.devplan.model.*;
import org.devplan.io.text.*;
import org.devplan.io.csv.*;
import org.devplan.calc.*;

var plan = PlanText.parser().parseFile(Path.of("seeds/zibo-2026-plan.txt"));
System.out.println(plan.title() + ": " + plan.allChapters().count() + " chapters, " + plan.indicators().size() + " indicators");

var deposits = plan.indicatorByName("金融机构存款余额").orElseThrow();
var base = deposits.actual(2025).orElseThrow();
var target = deposits.target(2026).orElseThrow();
System.out.println("deposits 2025: " + base.level().orElseThrow().text() + deposits.unit() + ", target 2026: " + target.level().orElseThrow().text() + deposits.unit());
var calc = CalcContext.defaults().calc();
System.out.println("implied by 8%: " + calc.grow(Quantity.of(base.level().flatMap(Bound::number).orElseThrow(), deposits.unit()), Rate.of(target.growth().orElseThrow())));

var audit = calc.audit(plan);
System.out.println("audit: " + audit.findings().size() + " findings");
audit.findings().stream().filter(f -> f.check() == Finding.Check.CONFLICTING_FIGURES).limit(1).forEach(f -> System.out.println(f.message()));

System.out.println("tidy rows: " + TidyTable.of(plan).rows().size());
/exit
