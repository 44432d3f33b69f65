package org.orgrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles example sources against the library as built (target/classes and its dependencies), warnings as errors. */
final class Javac {
    private Javac() {}

    static void compile(Path out, List<String> sources) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-classpath", classpath, "--release", "17",
                "-encoding", "UTF-8", "-Xlint:all", "-Werror"));
        args.addAll(sources);
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int code = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        assertThat(code).as("javac: " + diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    }
}
