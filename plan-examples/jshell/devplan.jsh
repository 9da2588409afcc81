// devplan's JShell startup: the public packages and what a session needs beside them.
//   jshell --class-path plan-examples/target/devplan.jar --startup DEFAULT --startup plan-examples/jshell/devplan.jsh
// then, for example:
//   var plan = PlanText.parser().parseFile(Path.of("seeds/zibo-2026-plan.txt"))
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.devplan.model.*;
import org.devplan.io.json.*;
import org.devplan.io.csv.*;
import org.devplan.io.text.*;
import org.devplan.calc.*;
