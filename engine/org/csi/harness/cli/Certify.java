package org.csi.harness.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.csi.harness.certify.CertificationPackage;
import org.csi.harness.certify.PackageVerifier;
import org.csi.harness.certify.Signer;
import org.csi.harness.certify.TrustStore;
import org.csi.harness.config.SigningOptions;
import org.csi.harness.config.ConfigException;
import org.csi.harness.run.ConformanceRun;
import org.csi.harness.verdict.Outcome;

/** csi certify (run, then package and sign) and csi verify (check a package offline). */
final class Certify {
    private Certify() {}

    static int certify(Commands.CertifyCmd r, PrintStream out, boolean colour) {
        KeyPair keys = keys(r.key, r.pub);
        SigningOptions signing = SigningOptions.DEFAULT;
        if (r.config != null) {
            var config = org.csi.harness.config.ConfigLoader.fromSystemEnvironment().load(r.config);
            signing = config.signing();
            if (keys == null && config.signingKey() != null) keys = keys(config.signingKey(), config.signingPub());
        }
        if (r.quick) {
            out.println("未出具认证包 Not certified: --quick gives a provisional scorecard (observation windows shorter than the pack's);"
                    + " certify runs with the pack's windows: drop --quick");
            return Csi.NOT_CERTIFIABLE;
        }
        long t0 = System.nanoTime();
        ConformanceRun.Report report = ConformanceRun.execute(r.options(out));
        Summary.print(report, out, java.time.Duration.ofNanos(System.nanoTime() - t0), colour);
        if (report.scorecard().path("provisional").asBoolean(false)) {
            out.println();
            out.println("未出具认证包 Not certified: the scorecard is provisional (a quick-mode run)");
            return Csi.NOT_CERTIFIABLE;
        }
        List<String> unknown = report.outcomes().stream().filter(o -> o.outcome() == Outcome.CANNOT_TELL)
                .map(o -> o.clause().id()).toList();
        if (!unknown.isEmpty()) {
            out.println();
            out.println("未出具认证包 Not certified: " + unknown.size() + " clauses are CANNOT_TELL: " + String.join(", ", unknown));
            return Csi.NOT_CERTIFIABLE;
        }
        Path pkg = packagePath(r);
        boolean generated = keys == null;
        if (generated) keys = Signer.generate(signing.algorithm());
        CertificationPackage.write(report.outDir(), pkg, keys, signing.timestampUrl());
        out.println();
        out.println("认证包 Certification package " + pkg.toAbsolutePath());
        if (generated) {
            Path priv = Path.of(pkg + ".key");
            Path pub = Path.of(pkg + ".pub");
            try {
                Signer.writePrivate(priv, keys.getPrivate());
                Files.writeString(pub, Signer.pem(keys.getPublic()));
            } catch (IOException e) {
                throw new ConfigException("cannot write the generated key pair beside the package: " + e.getMessage());
            }
            out.println("  signed with a new key pair: " + pub.toAbsolutePath() + " (public), " + priv.toAbsolutePath() + " (private, keep it safe)");
        }
        out.println("  check it anywhere with: ./csi verify " + pkg + (generated ? " --key " + pkg + ".pub" : ""));
        return Csi.OK;
    }

    /** --package, else beside the run folder: {@code <out>.certification.zip}. */
    static Path packagePath(Commands.CertifyCmd r) {
        return r.pkg != null ? r.pkg : r.out.toAbsolutePath().resolveSibling(r.out.getFileName() + ".certification.zip");
    }

    private static KeyPair keys(Path privateFile, Path publicFile) {
        if (privateFile == null && publicFile == null) return null;
        if (privateFile == null || publicFile == null) throw new ConfigException("--signing-key and --signing-pub go together");
        try {
            return new KeyPair(Signer.publicKey(Files.readString(publicFile)), Signer.privateKey(privateFile));
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException("cannot read the public key " + publicFile + ": " + e.getMessage());
        }
    }

    static int verify(Path pkg, List<Path> keys, Path trustStore, PrintStream out, PrintStream err) {
        String usage = "csi verify PACKAGE --key SIGNER.pub | --trust-store FILE|DIR";
        List<PublicKey> trusted = new ArrayList<>();
        for (Path key : keys) trusted.add(publicKey(key, "--key"));
        TrustStore store = null;
        if (trustStore != null) {
            if (Files.isRegularFile(trustStore)) store = TrustStore.load(trustStore);
            else trusted.addAll(trustStore(trustStore));
        }
        // Without a key of its own the verifier would accept any re-signed package: refuse rather than mislead.
        if (trusted.isEmpty() && store == null) throw new ConfigException("verify needs the signer's public key: " + usage);
        if (store != null && !trusted.isEmpty()) throw new ConfigException("give a trust-store file or pinned keys, not both: " + usage);
        if (!Files.isRegularFile(pkg)) throw new ConfigException("package not found: " + pkg);
        List<String> problems = verifyPackage(pkg, store != null ? store : new TrustStore(
                trusted.stream().map(k -> TrustStore.pinned(k).keys().get(0)).toList(), List.of()));
        if (problems.isEmpty()) {
            out.println("verified: " + pkg + " — signature, every file's SHA-256, and the verdicts, scores and level recomputed from the clause outcomes"
                    + ", signed by a trusted key");
            return Csi.OK;
        }
        err.println("NOT verified: " + pkg);
        problems.forEach(p -> err.println("  " + p));
        return Csi.NOT_CONFORMANT;
    }

    /** The library entry for csi verify: every problem of the package at {@code pkg} against {@code store}. */
    static List<String> verifyPackage(Path pkg, TrustStore store) {
        try {
            return PackageVerifier.verify(CertificationPackage.read(pkg), store);
        } catch (IOException e) {
            return List.of(e.getMessage());
        }
    }

    private static PublicKey publicKey(Path file, String option) {
        try {
            return Signer.publicKey(Files.readString(file));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new ConfigException(option + " " + file + " is not a readable Ed25519 or SM2 public key");
        }
    }

    /** Every *.pub or *.pem public key in the folder: the signers an assessment body trusts. */
    private static List<PublicKey> trustStore(Path dir) {
        if (!Files.isDirectory(dir)) throw new ConfigException("--trust-store " + dir + " is not a folder of public keys");
        try (var files = Files.list(dir)) {
            List<PublicKey> keys = files.filter(f -> f.toString().endsWith(".pub") || f.toString().endsWith(".pem")).sorted()
                    .map(f -> publicKey(f, "--trust-store")).toList();
            if (keys.isEmpty()) throw new ConfigException("--trust-store " + dir + " holds no *.pub or *.pem public key");
            return keys;
        } catch (IOException e) {
            throw new ConfigException("cannot read --trust-store " + dir + ": " + e.getMessage());
        }
    }
}
