// A ten-line tour: written quantities, bounds, exact conversion and growth.
//   jshell --class-path plan-examples/target/devplan.jar plan-examples/jshell/quickstart.jsh
import org.devplan.model.*;
import org.devplan.calc.*;

var gdp = Quantity.parse("5088.9亿元");
System.out.println(gdp + " = " + gdp.to(Unit.of("万元")));
var target = Bound.parse("5%以上");
System.out.println(target.kind() + " " + target.number().orElseThrow());
System.out.println(Bound.parse("止跌回稳").kind());
var calc = CalcContext.defaults().calc();
System.out.println(calc.growthPercent(Quantity.parse("419.73亿元"), Quantity.parse("428.12亿元")));
/exit
