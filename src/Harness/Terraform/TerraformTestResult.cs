using System.Text;
using System.Text.Json;

namespace IacTest.Harness.Terraform;

/// <summary>
/// The outcome of <c>terraform test</c>, per file and per run block, read from its <c>-json</c> stream. A failed
/// test is a result, not an exception: assert on it, or call <see cref="EnsurePassed"/>.
/// </summary>
public sealed class TerraformTestResult
{
    internal TerraformTestResult(int exitCode, IReadOnlyList<JsonElement> messages, Func<string, string> mapPath, string otherOutput)
    {
        ExitCode = exitCode;
        OtherOutput = otherOutput;
        var runs = new Dictionary<(string File, string Run), (TerraformTestStatus Status, List<TerraformDiagnostic> Diagnostics)>();
        var runOrder = new List<(string File, string Run)>();
        var files = new Dictionary<string, TerraformTestStatus>(StringComparer.Ordinal);
        var general = new List<TerraformDiagnostic>();
        foreach (var message in messages)
        {
            var file = TerraformJson.String(message, "@testfile");
            var run = TerraformJson.String(message, "@testrun");
            switch (TerraformJson.String(message, "type"))
            {
                case "test_abstract" when message.TryGetProperty("test_abstract", out var outline):
                    foreach (var declared in outline.EnumerateObject())
                    {
                        files.TryAdd(declared.Name, TerraformTestStatus.Pending);
                        foreach (var name in declared.Value.EnumerateArray())
                        {
                            Touch((declared.Name, name.GetString() ?? string.Empty));
                        }
                    }

                    break;
                case "test_run" when message.TryGetProperty("test_run", out var progress) && TerraformJson.String(progress, "status") is { } status:
                    var key = (TerraformJson.String(progress, "path") ?? file ?? string.Empty, TerraformJson.String(progress, "run") ?? run ?? string.Empty);
                    Touch(key);
                    runs[key] = (StatusOf(status), runs[key].Diagnostics);
                    break;
                case "test_file" when message.TryGetProperty("test_file", out var progress) && TerraformJson.String(progress, "status") is { } status:
                    files[TerraformJson.String(progress, "path") ?? file ?? string.Empty] = StatusOf(status);
                    break;
                case "test_summary" when message.TryGetProperty("test_summary", out var summary):
                    Status = StatusOf(TerraformJson.String(summary, "status") ?? string.Empty);
                    Passed = TerraformJson.Int(summary, "passed");
                    Failed = TerraformJson.Int(summary, "failed");
                    Errored = TerraformJson.Int(summary, "errored");
                    Skipped = TerraformJson.Int(summary, "skipped");
                    break;
                case "diagnostic" when message.TryGetProperty("diagnostic", out var body):
                    var diagnostic = TerraformJson.Diagnostic(body, mapPath, run);
                    if (file is not null && run is not null)
                    {
                        Touch((file, run));
                        runs[(file, run)].Diagnostics.Add(diagnostic);
                    }
                    else
                    {
                        general.Add(diagnostic);
                    }

                    break;
            }
        }

        // No summary: Terraform stopped before testing (an invalid test file, a failed init).
        if (Status == TerraformTestStatus.Pending)
        {
            Status = exitCode == 0 ? TerraformTestStatus.Pass : TerraformTestStatus.Error;
        }

        Files = [.. files.Select(f => new TerraformTestFile(
            f.Key,
            f.Value,
            [.. runOrder.Where(r => r.File == f.Key).Select(r => new TerraformTestRun(r.File, r.Run, runs[r].Status, runs[r].Diagnostics))]))];
        Diagnostics = general;

        void Touch((string File, string Run) key)
        {
            if (!runs.ContainsKey(key))
            {
                runs[key] = (TerraformTestStatus.Pending, []);
                runOrder.Add(key);
                files.TryAdd(key.File, TerraformTestStatus.Pending);
            }
        }
    }

    /// <summary>The outcome of the whole run.</summary>
    public TerraformTestStatus Status { get; }

    /// <summary>The exit code of <c>terraform test</c>.</summary>
    public int ExitCode { get; }

    /// <summary>Run blocks that passed.</summary>
    public int Passed { get; }

    /// <summary>Run blocks that failed.</summary>
    public int Failed { get; }

    /// <summary>Run blocks that errored.</summary>
    public int Errored { get; }

    /// <summary>Run blocks that were skipped.</summary>
    public int Skipped { get; }

    /// <summary>The test files in the order Terraform announced them.</summary>
    public IReadOnlyList<TerraformTestFile> Files { get; }

    /// <summary>Every run block of every file.</summary>
    public IEnumerable<TerraformTestRun> Runs => Files.SelectMany(f => f.Runs);

    /// <summary>Diagnostics that belong to no run block (an invalid test file, a configuration error).</summary>
    public IReadOnlyList<TerraformDiagnostic> Diagnostics { get; }

    /// <summary>What Terraform printed outside its JSON stream.</summary>
    internal string OtherOutput { get; }

    /// <summary>The run block <paramref name="name"/> (in any file, or in <paramref name="file"/> when given).</summary>
    /// <exception cref="KeyNotFoundException">When there is none; the message lists the run blocks.</exception>
    public TerraformTestRun Run(string name, string? file = null) =>
        Runs.FirstOrDefault(r => r.Name == name && (file is null || r.File == file))
        ?? throw new KeyNotFoundException($"No run block '{name}'{(file is null ? "" : $" in {file}")}. Run blocks: {string.Join(", ", Runs.Select(r => $"{r.File}/{r.Name}"))}.");

    /// <summary>Throws unless every run block passed.</summary>
    /// <exception cref="TerraformException">With every failing run block's diagnostics at their positions.</exception>
    public void EnsurePassed()
    {
        if (Status == TerraformTestStatus.Pass && ExitCode == 0)
        {
            return;
        }

        var failing = Runs.Where(r => r.Status is TerraformTestStatus.Fail or TerraformTestStatus.Error).ToList();
        var summary = new StringBuilder(ToString()).Append('\n');
        foreach (var run in failing)
        {
            summary.Append(run.File).Append(" run \"").Append(run.Name).Append("\": ").Append(run.Status.ToString().ToLowerInvariant()).Append('\n');
        }

        throw new TerraformException("test", ExitCode, [.. Diagnostics, .. failing.SelectMany(r => r.Diagnostics)], summary.Append(OtherOutput).ToString());
    }

    /// <summary>Terraform's summary: <c>fail: 2 passed, 1 failed, 0 errored, 0 skipped</c>.</summary>
    public override string ToString() =>
        $"{Status.ToString().ToLowerInvariant()}: {Passed} passed, {Failed} failed, {Errored} errored, {Skipped} skipped";

    private static TerraformTestStatus StatusOf(string status) => status switch
    {
        "pass" => TerraformTestStatus.Pass,
        "fail" => TerraformTestStatus.Fail,
        "error" => TerraformTestStatus.Error,
        "skip" => TerraformTestStatus.Skip,
        _ => TerraformTestStatus.Pending,
    };
}
