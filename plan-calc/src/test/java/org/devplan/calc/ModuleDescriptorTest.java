package org.devplan.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {
  @Test
  void exportsOnlyTheApiPackageAndRequiresTheModelTransitively() {
    ModuleDescriptor d = ModuleFinder.of(Path.of("target", "classes")).find("org.devplan.calc").orElseThrow()
        .descriptor();
    assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("org.devplan.calc");
    assertThat(d.packages()).contains("org.devplan.calc.internal");
    Set<String> transitive = d.requires().stream()
        .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
    assertThat(transitive).containsExactly("org.devplan.model");
    assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name).doesNotContain("org.devplan.io");
  }
}
