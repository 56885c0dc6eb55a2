package org.iowscb.learningloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The five modules of the framework (platform, casereview, audit, learning, frameworkreview), the
 * Board's view of them (board), the demo cases (demo), and the rule that holds them apart: a module uses
 * another only through its base package or a named
 * interface, and no two modules depend on each other in a loop.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(LearningLoopApplication.class);
    static final Path ARCHITECTURE = Path.of("docs/architecture.md");

    @Test
    void modulesUseEachOtherOnlyThroughTheirNamedInterfaces() {
        MODULES.verify();
    }

    @Test
    void theFiveModulesOfTheFrameworkAndTheBoardsViewAreThere() {
        assertThat(MODULES.stream().map(ApplicationModule::getName))
            .containsExactlyInAnyOrder("platform", "casereview", "audit", "learning", "frameworkreview", "board",
                "demo");
    }

    @Test
    void writesTheModuleDiagramsIntoDocs() throws IOException {
        Path folder = Path.of("docs/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
            .writeModulesAsPlantUml()
            .writeIndividualModulesAsPlantUml();
        try (var diagrams = Files.list(folder)) {
            for (Path diagram : diagrams.toList()) {
                inAStableOrder(diagram);
            }
        }
        assertThat(folder.resolve("components.puml")).exists();
    }

    /** The Documenter writes the arrows in no fixed order: sorted, a diagram changes only when the modules do. */
    private static void inAStableOrder(Path diagram) throws IOException {
        List<String> lines = Files.readAllLines(diagram);
        List<String> arrows = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
        List<String> sorted = new ArrayList<>();
        int next = 0;
        for (String line : lines) {
            sorted.add(line.startsWith("Rel(") ? arrows.get(next++) : line);
        }
        Files.write(diagram, sorted);
    }

    @Test
    void architectureDocShowsTheModulesAsTheyAre() throws IOException {
        String diagram = mermaid();
        assertThat(Files.readString(ARCHITECTURE))
            .as("docs/architecture.md must hold the module diagram as the code has it; paste this in:%n%s", diagram)
            .contains(diagram);
    }

    /** The module diagram as Mermaid, which the docs' readers see drawn. */
    static String mermaid() {
        String arrows = MODULES.stream()
            .sorted(Comparator.comparing(ApplicationModule::getName))
            .flatMap(module -> module.getDirectDependencies(MODULES).uniqueModules()
                .map(ApplicationModule::getName)
                .sorted()
                .distinct()
                .map(target -> "    " + module.getName() + " --> " + target))
            .collect(Collectors.joining("\n"));
        String boxes = MODULES.stream()
            .sorted(Comparator.comparing(ApplicationModule::getName))
            .map(module -> "    " + module.getName() + "[\"" + module.getDisplayName() + "\"]")
            .collect(Collectors.joining("\n"));
        return "```mermaid\nflowchart TD\n" + boxes + "\n" + arrows + "\n```";
    }
}
