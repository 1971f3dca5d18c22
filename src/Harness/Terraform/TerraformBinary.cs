using System.Diagnostics;
using System.Text.Json;

namespace IacTest.Harness.Terraform;

/// <summary>
/// A <c>terraform</c> or <c>tofu</c> executable and the version it reports. Found, in this order, at the path in
/// <c>IACTEST_TERRAFORM</c>, then as <c>terraform</c> and then <c>tofu</c> on <c>PATH</c>; or given explicitly with
/// <see cref="At"/>.
/// </summary>
public sealed class TerraformBinary
{
    /// <summary>The environment variable naming the executable to use, which wins over <c>PATH</c>.</summary>
    public const string PathVariable = "IACTEST_TERRAFORM";

    /// <summary>The environment variable that turns a missing binary from a skip into a failure (<c>1</c> or <c>true</c>).</summary>
    public const string RequireVariable = "IACTEST_REQUIRE_TERRAFORM";

    private static readonly Lazy<(TerraformBinary? Binary, string? Reason)> Discovered = new(Discover, LazyThreadSafetyMode.ExecutionAndPublication);

    private TerraformBinary(string path, string version, bool isOpenTofu)
    {
        Path = path;
        Version = version;
        IsOpenTofu = isOpenTofu;
    }

    /// <summary>The full path of the executable.</summary>
    public string Path { get; }

    /// <summary>The version it reports, e.g. <c>1.11.4</c>.</summary>
    public string Version { get; }

    /// <summary>True for OpenTofu, false for Terraform.</summary>
    public bool IsOpenTofu { get; }

    /// <summary>The product name as users know it: <c>Terraform</c> or <c>OpenTofu</c>.</summary>
    public string Product => IsOpenTofu ? "OpenTofu" : "Terraform";

    /// <summary>True when CI requires a binary (<see cref="RequireVariable"/>): tests then fail instead of skipping.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) is "1" or "true";

    /// <summary>The binary found on this machine (once per process), or null; <see cref="UnavailableReason"/> says why.</summary>
    public static TerraformBinary? Default => Discovered.Value.Binary;

    /// <summary>Why no binary was found, in one line, or null when one was.</summary>
    public static string? UnavailableReason => Discovered.Value.Reason;

    /// <summary>The binary found on this machine.</summary>
    /// <exception cref="TerraformUnavailableException">When none was found; the message says where it looked.</exception>
    public static TerraformBinary Find() => Default ?? throw new TerraformUnavailableException(UnavailableReason!);

    /// <summary>The executable at <paramref name="path"/>, with the version it reports.</summary>
    /// <exception cref="TerraformUnavailableException">When it does not exist or does not report a version.</exception>
    public static TerraformBinary At(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Probe(System.IO.Path.GetFullPath(path), out var reason) ?? throw new TerraformUnavailableException(reason!);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Product} {Version} ({Path})";

    private static (TerraformBinary?, string?) Discover()
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } explicitPath)
        {
            var binary = Probe(System.IO.Path.GetFullPath(explicitPath), out var reason);
            return (binary, binary is null ? $"{PathVariable}: {reason}" : null);
        }

        foreach (var name in new[] { "terraform", "tofu" })
        {
            if (OnPath(name) is { } path)
            {
                var binary = Probe(path, out var reason);
                return (binary, reason);
            }
        }

        return (null, $"Neither terraform nor tofu is on PATH; install one or set {PathVariable} to its path (set {RequireVariable}=1 to fail instead of skip).");
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => System.IO.Path.Combine(folder, OperatingSystem.IsWindows() ? name + ".exe" : name))
            .FirstOrDefault(File.Exists);

    // `version -json` is the one stable, machine-readable form; both products print `terraform_version` in it.
    private static TerraformBinary? Probe(string path, out string? reason)
    {
        if (!File.Exists(path))
        {
            reason = $"'{path}' does not exist.";
            return null;
        }

        try
        {
            var start = new ProcessStartInfo(path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                ArgumentList = { "version", "-json" },
                Environment = { ["CHECKPOINT_DISABLE"] = "1", ["TF_CLI_CONFIG_FILE"] = OperatingSystem.IsWindows() ? "NUL" : "/dev/null" },
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill(entireProcessTree: true);
                reason = $"'{path} version -json' did not answer within 30 s.";
                return null;
            }

            using var document = JsonDocument.Parse(stdout.GetAwaiter().GetResult());
            if (process.ExitCode == 0 && document.RootElement.TryGetProperty("terraform_version", out var version) && version.GetString() is { Length: > 0 } text)
            {
                reason = null;
                var isTofu = System.IO.Path.GetFileNameWithoutExtension(path).Contains("tofu", StringComparison.OrdinalIgnoreCase);
                return new TerraformBinary(path, text, isTofu);
            }

            reason = $"'{path} version -json' did not report a version (exit code {process.ExitCode}).";
            return null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or JsonException or InvalidOperationException)
        {
            reason = $"'{path}' could not be run to read its version: {e.Message}";
            return null;
        }
    }
}
