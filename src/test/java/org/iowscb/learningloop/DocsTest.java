package org.iowscb.learningloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The docs cite only what exists. In README.md and every {@code .md} file under {@code docs/}
 * (fenced code blocks left out), every reference must resolve in this repository:
 * <ul>
 *   <li>a relative markdown link or image: the file or folder it points to (http, https and mailto
 *       links are not followed; an {@code #anchor} is cut off);</li>
 *   <li>a backticked path: one that starts with a top-level folder ({@code src/}, {@code docs/},
 *       {@code processes/}, ...) must exist from the repository root, a glob
 *       ({@code forms/scr-*.form}) must match at least one file; one that only ends like a file
 *       ({@code application.yaml}, {@code walk/TypicalValues.java}) must name a file of the
 *       repository (a {@code .java} path is read from the base package
 *       {@code org/iowscb/learningloop/});</li>
 *   <li>a backticked class, {@code ClassName}, {@code package/ClassName}, optionally with
 *       {@code #member} or {@code .member}: a .java file of that name under src/main/java,
 *       src/test/java or src/bench/java (a package is read from the base package), holding that
 *       member. Without a package a name needs two capitals ({@code CaseStarter}), so plain words
 *       in backticks ({@code Dockerfile}) are not taken for classes.</li>
 * </ul>
 * Build output ({@code target/...}), web addresses and placeholders ({@code <key>}, {@code ${...}}) are
 * not checked. A failure lists every broken reference with its file and line. Plain JUnit: no
 * Spring context, so it runs in a second.
 */
class DocsTest {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final List<String> SOURCE_ROOTS = List.of("src/main/java", "src/test/java", "src/bench/java");
    static final String BASE_PACKAGE = "org/iowscb/learningloop/";
    static final List<String> TOP_FOLDERS =
        List.of("src/", "docs/", "processes/", "forms/", "scripts/", "docker/", ".ci/");
    static final List<String> FILE_ENDINGS =
        List.of(".java", ".bpmn", ".dmn", ".form", ".md", ".yaml", ".yml", ".sql", ".png");
    /** Top-level folders that are not the project's: git, build output, npm packages, the H2 files of a local run. */
    static final Set<String> NOT_WALKED = Set.of(".git", "target", "node_modules", "data");

    /**
     * Classes of the libraries the docs name when they explain what the code builds on. They are
     * not ours, so no file of this repository holds them. Keep this list short: a class of the
     * project never belongs here.
     */
    static final Set<String> LIBRARY_CLASSES = Set.of(
        // Camunda's REST authentication, which the security docs say the application reuses
        "ProcessEngineAuthenticationFilter",
        // Spring Modulith, which holds the modules apart (docs/architecture.md)
        "ApplicationModules");

    /** Every file of the repository, relative to its root with '/', build output and the like left out. */
    static final List<String> FILES = listFiles();

    static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    static final Pattern CLASS_IN_PACKAGE = Pattern.compile(
        "((?:[a-z][a-z0-9]*/)+)([A-Z][A-Za-z0-9]*)(?:[#.]([A-Za-z_][A-Za-z0-9_]*)(?:\\(.*\\))?)?");
    static final Pattern CLASS = Pattern.compile(
        "([A-Z][a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+)(?:[#.]([A-Za-z_][A-Za-z0-9_]*)(?:\\(.*\\))?)?");

    @Test
    void everyLinkPathAndClassTheDocsCiteExists() {
        List<String> broken = new ArrayList<>();
        docs().forEach(doc -> broken.addAll(brokenReferences(doc)));
        assertThat(broken)
            .withFailMessage("%d references in the docs point nowhere (file:line: what):%n%s", broken.size(),
                String.join("\n", broken))
            .isEmpty();
    }

    @Test
    void everyProcessModelHasItsPageWithItsDiagram() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> models = Files.list(ROOT.resolve("processes"))) {
            models.map(p -> p.getFileName().toString())
                .filter(name -> name.endsWith(".bpmn"))
                .map(name -> name.substring(0, name.length() - ".bpmn".length()))
                .sorted()
                .forEach(key -> {
                    Path page = ROOT.resolve("docs/processes/" + key + ".md");
                    if (!Files.exists(page)) {
                        missing.add("docs/processes/" + key + ".md is missing");
                    } else if (!read(page).contains("(../diagrams/" + key + ".png)")) {
                        missing.add("docs/processes/" + key + ".md does not show ../diagrams/" + key + ".png");
                    }
                });
        }
        assertThat(missing)
            .withFailMessage("every process model needs its page, showing its diagram:%n%s", String.join("\n", missing))
            .isEmpty();
    }

    @Test
    void theLibraryListHoldsOnlyLibraryClassesTheDocsName() {
        String allDocs = String.join("\n", docs().stream().map(DocsTest::read).toList());
        List<String> wrong = new ArrayList<>();
        for (String name : LIBRARY_CLASSES) {
            if (SOURCE_ROOTS.stream().flatMap(root -> javaFiles(ROOT.resolve(root)))
                .anyMatch(p -> p.getFileName().toString().equals(name + ".java"))) {
                wrong.add(name + " is a class of this project: cite it as such, not as a library's");
            }
            if (!Pattern.compile("`" + name + "\\b").matcher(allDocs).find()) {
                wrong.add(name + " is named in no doc any more: take it off the list");
            }
        }
        assertThat(wrong).withFailMessage("DocsTest.LIBRARY_CLASSES:%n%s", String.join("\n", wrong)).isEmpty();
    }

    /** README.md and every markdown file under docs/. */
    static List<Path> docs() {
        List<Path> docs = new ArrayList<>();
        docs.add(ROOT.resolve("README.md"));
        try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    static List<String> brokenReferences(Path doc) {
        String name = ROOT.relativize(doc).toString().replace('\\', '/');
        String text = outsideCodeBlocks(read(doc));
        TreeMap<Integer, List<String>> byLine = new TreeMap<>();
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            int line = lineOf(text, link.start());
            brokenLink(doc, link.group(1)).ifPresent(p -> byLine.computeIfAbsent(line, l -> new ArrayList<>()).add(p));
        }
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            int line = lineOf(text, code.start());
            brokenToken(code.group(1).strip()).ifPresent(p -> byLine.computeIfAbsent(line, l -> new ArrayList<>()).add(p));
        }
        List<String> broken = new ArrayList<>();
        byLine.forEach((line, problems) -> problems.forEach(p -> broken.add(name + ":" + line + ": " + p)));
        return broken;
    }

    /** The text with every fenced code block blanked out, its line breaks kept so line numbers hold. */
    static String outsideCodeBlocks(String text) {
        StringBuilder kept = new StringBuilder();
        boolean fenced = false;
        for (String line : text.split("\n", -1)) {
            boolean fence = line.strip().startsWith("```");
            kept.append(fenced || fence ? "" : line).append('\n');
            if (fence) {
                fenced = !fenced;
            }
        }
        return kept.toString();
    }

    static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    static Optional<String> brokenLink(Path doc, String target) {
        if (target.matches("(?i)(https?|mailto):.*")) {
            return Optional.empty();
        }
        String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path resolved = doc.getParent().resolve(file).normalize();
        return Files.exists(resolved) ? Optional.empty()
            : Optional.of("link (" + target + ") points to " + ROOT.relativize(resolved) + ", which does not exist");
    }

    static Optional<String> brokenToken(String token) {
        if (token.isEmpty() || token.matches(".*[\\s<>{}$\"'].*") || token.contains("://")
            || token.startsWith("/") || token.startsWith("target/")) {
            return Optional.empty();
        }
        if (TOP_FOLDERS.stream().anyMatch(token::startsWith)) {
            return existsFromRoot(token) ? Optional.empty() : Optional.of("`" + token + "` does not exist");
        }
        if (FILE_ENDINGS.stream().anyMatch(token::endsWith)) {
            return fileOfTheRepository(token) ? Optional.empty()
                : Optional.of("`" + token + "` names no file of the repository");
        }
        Matcher inPackage = CLASS_IN_PACKAGE.matcher(token);
        if (inPackage.matches()) {
            return brokenClass(token, inPackage.group(1), inPackage.group(2), inPackage.group(3));
        }
        Matcher plain = CLASS.matcher(token);
        if (plain.matches()) {
            return brokenClass(token, null, plain.group(1), plain.group(2));
        }
        return Optional.empty();
    }

    static boolean existsFromRoot(String path) {
        if (!path.contains("*")) {
            return Files.exists(ROOT.resolve(path));
        }
        PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + path);
        return FILES.stream().anyMatch(p -> glob.matches(Path.of(p)));
    }

    static boolean fileOfTheRepository(String path) {
        if (path.endsWith(".java")) {
            return SOURCE_ROOTS.stream().anyMatch(root -> Files.exists(ROOT.resolve(root).resolve(BASE_PACKAGE + path)));
        }
        return FILES.stream().anyMatch(p -> p.equals(path) || p.endsWith("/" + path));
    }

    static Optional<String> brokenClass(String token, String pkg, String simpleName, String member) {
        if (pkg == null && LIBRARY_CLASSES.contains(simpleName)) {
            return Optional.empty();
        }
        List<Path> candidates = pkg != null
            ? SOURCE_ROOTS.stream().map(root -> ROOT.resolve(root).resolve(BASE_PACKAGE + pkg + simpleName + ".java"))
                .filter(Files::exists).toList()
            : SOURCE_ROOTS.stream().flatMap(root -> javaFiles(ROOT.resolve(root)))
                .filter(p -> p.getFileName().toString().equals(simpleName + ".java")).toList();
        if (candidates.isEmpty()) {
            String file = (pkg == null ? "" : BASE_PACKAGE + pkg) + simpleName + ".java";
            return Optional.of("`" + token + "`: no " + file + " under " + String.join(", ", SOURCE_ROOTS)
                + " (a library's class goes in DocsTest.LIBRARY_CLASSES)");
        }
        Pattern memberName = member == null ? null : Pattern.compile("\\b" + member + "\\b");
        if (memberName != null && candidates.stream().noneMatch(p -> memberName.matcher(read(p)).find())) {
            return Optional.of("`" + token + "`: " + simpleName + " has no " + member);
        }
        return Optional.empty();
    }

    static Stream<Path> javaFiles(Path root) {
        String prefix = ROOT.relativize(root).toString().replace('\\', '/') + "/";
        return FILES.stream().filter(p -> p.startsWith(prefix) && p.endsWith(".java")).map(ROOT::resolve);
    }

    static List<String> listFiles() {
        List<String> files = new ArrayList<>();
        try {
            Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    boolean notOurs = ROOT.equals(dir.getParent()) && NOT_WALKED.contains(dir.getFileName().toString());
                    return notOurs ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    files.add(ROOT.relativize(file).toString().replace('\\', '/'));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(files);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
