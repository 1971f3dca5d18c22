using System.Runtime.CompilerServices;
using System.Text;

namespace IacTest.Harness.Snapshots;

/// <summary>
/// Snapshot assertions: the value is compared with <c>{TestFile}.{Test}[.{name}].verified.{ext}</c> beside the
/// test's source file. On a mismatch the value is written to the matching <c>*.received.*</c> file and the
/// failure shows a unified diff; <c>IACTEST_ACCEPT=1</c> accepts the new value instead. Text is compared with LF
/// line endings, after the scrubbers. Registered secrets (<see cref="Secrets.SecretValue"/>) in the value are masked
/// first, so a rendered password never reaches a received or verified file, nor a diff.
/// </summary>
public static class Snapshot
{
    /// <summary>Asserts that <paramref name="actual"/> matches its verified snapshot.</summary>
    /// <param name="actual">The text to check (rendered config, a model outline, …).</param>
    /// <param name="name">A suffix for theory rows or several snapshots in one test (e.g. the module name).</param>
    /// <param name="extension">The file extension, without dot (<c>txt</c>, <c>yaml</c>, <c>conf</c>).</param>
    /// <param name="settings">Scrubbers, folder and accept switch; <see cref="SnapshotSettings.Default"/> when null.</param>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    /// <param name="testName">Filled in by the compiler.</param>
    /// <exception cref="SnapshotMismatchException">When the value differs from the verified file or there is none.</exception>
    public static void Match(
        string actual,
        string? name = null,
        string extension = "txt",
        SnapshotSettings? settings = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testName = "")
    {
        settings ??= SnapshotSettings.Default;
        var folder = settings.Directory ?? Path.GetDirectoryName(sourceFile)
            ?? throw new ArgumentException("The caller's source file is unknown; set SnapshotSettings.Directory.", nameof(sourceFile));
        var stem = $"{Path.GetFileNameWithoutExtension(sourceFile)}.{testName}{(string.IsNullOrEmpty(name) ? string.Empty : "." + Sanitize(name))}";
        var verifiedPath = Path.Combine(folder, $"{stem}.verified.{extension}");
        var receivedPath = Path.Combine(folder, $"{stem}.received.{extension}");

        var received = Normalize(actual, settings);
        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath), settings: null) : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        if (settings.Accept ?? IsAcceptRequested())
        {
            Write(verifiedPath, received);
            File.Delete(receivedPath);
            return;
        }

        Write(receivedPath, received);
        var diff = UnifiedDiff.Create(verified ?? string.Empty, received, Path.GetFileName(verifiedPath), Path.GetFileName(receivedPath));
        var headline = verified is null
            ? $"No verified snapshot yet: {verifiedPath}"
            : $"The value does not match the verified snapshot {verifiedPath}";
        var message = new StringBuilder()
            .Append(headline).Append('\n')
            .Append("Received: ").Append(receivedPath).Append('\n')
            .Append("Accept the received value: move it over the verified file, or run the tests with IACTEST_ACCEPT=1.\n")
            .Append(diff)
            .ToString();
        throw new SnapshotMismatchException(message, verifiedPath, receivedPath, diff);
    }

    /// <summary>Whether <c>IACTEST_ACCEPT</c> asks to accept new snapshots.</summary>
    public static bool IsAcceptRequested() =>
        Environment.GetEnvironmentVariable("IACTEST_ACCEPT") is { } value && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    private static string Normalize(string text, SnapshotSettings? settings)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (normalized.Length > 0 && normalized[0] == '\uFEFF')
        {
            normalized = normalized[1..];
        }

        if (settings is not null)
        {
            normalized = Secrets.SecretMasker.Shared.Mask(normalized);
        }

        foreach (var scrub in settings?.Scrubbers ?? [])
        {
            normalized = scrub(normalized);
        }

        return normalized;
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static string Sanitize(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string(name.Select(c => invalid.Contains(c) || c is '/' or '\\' or ' ' ? '_' : c).ToArray());
    }
}
