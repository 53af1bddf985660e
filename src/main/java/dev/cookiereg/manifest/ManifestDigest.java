package dev.cookiereg.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The manifest's {@code policy.digest}: {@code sha256:} and the SHA-256, in lower-case hex, of the
 * manifest's canonical JSON (RFC 8785, the JSON Canonicalization Scheme) with {@code policy.digest}
 * itself removed. It covers everything the manifest publishes — the policy's words ({@code
 * document}) and facts, its version and dates, the change summary and the paths — and nothing of
 * how the registry's source is written, so any consumer can recompute it from the manifest alone:
 *
 * <pre>
 * m = json.load(f); del m["policy"]["digest"]
 * hashlib.sha256(json.dumps(m, sort_keys=True, separators=(",", ":"),
 *                           ensure_ascii=False).encode()).hexdigest()
 * </pre>
 *
 * (the manifest's numbers are whole and its member names ASCII, where Python's form and RFC 8785
 * agree).
 */
public final class ManifestDigest {
  /** The prefix of every digest: the algorithm. */
  public static final String PREFIX = "sha256:";

  private static final JsonFactory JSON = new JsonFactory();

  private ManifestDigest() {}

  /** The digest of {@code manifest}, whatever its {@code policy.digest} holds. */
  public static String of(Manifest manifest) {
    MessageDigest sha = sha256();
    try (JsonGenerator out =
        JSON.createGenerator(new DigestOutputStream(OutputStream.nullOutputStream(), sha))) {
      ManifestJson.writeCanonical(out, manifest, DIGEST);
    } catch (IOException e) { // the null stream fails nothing
      throw new UncheckedIOException(e);
    }
    return PREFIX + HexFormat.of().formatHex(sha.digest());
  }

  /** {@code manifest} with its digest computed and set. */
  public static Manifest sign(Manifest manifest) {
    return manifest.withPolicy(manifest.policy().withDigest(of(manifest)));
  }

  private static final java.lang.reflect.RecordComponent DIGEST = digestComponent();

  private static java.lang.reflect.RecordComponent digestComponent() {
    for (var c : Manifest.Policy.class.getRecordComponents()) {
      if (c.getName().equals("digest")) return c;
    }
    throw new IllegalStateException("Manifest.Policy has no digest");
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) { // every Java has SHA-256
      throw new IllegalStateException(e);
    }
  }
}
