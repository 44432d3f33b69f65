package org.orgrules.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.util.PortablePath;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;

/**
 * The rules compiled to the Drools <em>executable model</em>: the DRL turned into Java classes,
 * compiled, and packed as a KieModule jar — the form {@link RuleCache} keeps. Loading that jar
 * defines the classes and builds the network; nothing is parsed or compiled again.
 *
 * <p>Why this form: Drools 10 no longer serializes a KieBase (removed in DROOLS-6623; the
 * remaining {@code writeExternal} code is unsupported, apache/incubator-kie#6450), and the classic
 * build keeps no compiled form a later process could load. The executable model is the
 * supported ahead-of-time form. Measured on the bundled rules (BENCHMARKS.md): compiling takes
 * ~3–4 s of CPU, loading the jar ~0.5 s.
 *
 * <p>The jar is read into the KieModule's memory file system entry by entry: Drools' own
 * {@code MemoryFileSystem.readFromJar} does the same about five times slower.
 */
final class ExecutableModel {
    static final String GROUP = "org.orgrules.generated";
    private static final String RESOURCES = "src/main/resources/org/orgrules/rules/";

    /** A compile's outcome: the module jar (null when there were errors) and the builder's messages. */
    record Compiled(byte[] jar, List<org.kie.api.builder.Message> messages, boolean hasErrors) {}

    private ExecutableModel() {}

    /** Compiles {@code files} to the executable model under release {@code GROUP:artifact:1.0.0}. */
    static Compiled compile(List<RuleFile> files, String artifact) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId rid = ks.newReleaseId(GROUP, artifact, "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(rid);
        for (RuleFile f : files) kfs.write(RESOURCES + f.relativePath(), f.content());
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<org.kie.api.builder.Message> messages = builder.getResults().getMessages();
        boolean errors = builder.getResults().hasMessages(org.kie.api.builder.Message.Level.ERROR);
        ks.getRepository().removeKieModule(rid);
        if (errors) return new Compiled(null, messages, true);
        return new Compiled(((InternalKieModule) builder.getKieModule()).getBytes(), messages, false);
    }

    /**
     * The KieBase of a module jar made by {@link #compile}. The module is registered with the
     * process-wide KieRepository only while its container is made (under a lock: two loads of the
     * same entry share its release id).
     *
     * @throws RuntimeException (or a LinkageError) when the jar is not a loadable module
     */
    static KieBase load(byte[] jar, String artifact) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId rid = ks.newReleaseId(GROUP, artifact, "1.0.0");
        KieModuleModel model = ks.newKieModuleModel();
        KieBuilderImpl.setDefaultsforEmptyKieModule(model); // the default KieBase, as the build had
        CanonicalKieModule module = new CanonicalKieModule(new MemoryKieModule(rid, model, read(jar)));
        if (!module.hasModelFile()) throw new IllegalStateException("not an executable-model module: " + artifact);
        synchronized (ExecutableModel.class) {
            ks.getRepository().addKieModule(module);
            try {
                KieBase kieBase = ks.newKieContainer(rid).getKieBase();
                if (kieBase == null) throw new IllegalStateException("the module has no KieBase: " + artifact);
                return kieBase;
            } finally {
                ks.getRepository().removeKieModule(rid);
            }
        }
    }

    private static MemoryFileSystem read(byte[] jar) {
        MemoryFileSystem mfs = new MemoryFileSystem();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) mfs.write(PortablePath.of(e.getName()), in.readAllBytes(), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not a module jar: " + e.getMessage(), e);
        }
        return mfs;
    }
}
