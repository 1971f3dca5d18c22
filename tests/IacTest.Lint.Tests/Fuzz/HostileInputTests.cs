using System.Diagnostics;
using System.Globalization;
using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Tests.Yaml;
using Xunit.Abstractions;

namespace IacTest.Lint.Tests.Fuzz;

/// <summary>
/// Thousands of hostile inputs through the engine, bounded by count (not time) and seeded, so every run checks the
/// same inputs and a failure names the seed that makes it again: <c>IACTEST_FUZZ_SEED=&lt;seed&gt; IACTEST_FUZZ_COUNT=1</c>.
/// <c>IACTEST_FUZZ_COUNT</c> and <c>IACTEST_FUZZ_SEED</c> run more or other inputs.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output) : IDisposable
{
    private const int DefaultCount = 3000;
    private const int DefaultSeed = 20_261_207;
    private const int Batch = 64;

    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Hostile_inputs_never_escape_the_engine_and_every_diagnostic_is_positioned_in_its_file()
    {
        // Given the seeded inputs made from every fixture and sample, under the default rules and under every
        // yamllint rule switched on
        var count = FromEnvironment("IACTEST_FUZZ_COUNT", DefaultCount);
        var firstSeed = FromEnvironment("IACTEST_FUZZ_SEED", DefaultSeed);
        var corpus = CorpusFile.Load(RepositoryRoot);
        var inputs = new HostileInputs(corpus);
        LintConfiguration[] configurations = [new LintConfiguration(), YamllintFixtures.Configuration("all-rules")];
        var engine = new LintEngine();
        var failures = new List<string>();
        var byClass = HostileInputs.Classes.ToDictionary(c => c, _ => 0);
        var parserFailures = new List<string>();
        var stopwatch = Stopwatch.StartNew();
        var slowest = (Time: TimeSpan.Zero, Start: 0);

        // When they are linted in parallel batches, as a folder would be
        for (var start = 0; start < count; start += Batch)
        {
            var batch = Enumerable.Range(start, Math.Min(Batch, count - start)).Select(i =>
            {
                var seed = unchecked(firstSeed + i);
                var (kind, relative, bytes) = inputs.Generate(seed);
                var path = Path.Combine(_folder, seed.ToString(CultureInfo.InvariantCulture), relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, bytes);
                byClass[kind]++;
                return (Seed: seed, Kind: kind, Path: path, Bytes: bytes);
            }).ToArray();

            var configuration = configurations[(start / Batch) % configurations.Length];
            var batchStart = stopwatch.Elapsed;
            IReadOnlyList<FileLintResult?> results;
            try
            {
                results = engine.LintFiles(batch.Select(b => b.Path).ToArray(), configuration, 2);
            }
            catch (Exception exception)
            {
                // Then (failing) find which input let it escape, one at a time.
                results = batch.Select(b => Attempt(() => engine.LintPath(b.Path, configuration), exception.GetType().Name, b.Seed, failures)).ToArray();
            }

            // Reported, never asserted: a hang shows as a run that does not end, and a slow batch here only points
            // at inputs worth a look.
            var batchTime = stopwatch.Elapsed - batchStart;
            if (batchTime > slowest.Time)
            {
                slowest = (batchTime, start);
            }

            // Then every input has a result whose diagnostics hold the invariants
            for (var i = 0; i < batch.Length; i++)
            {
                var (seed, kind, path, bytes) = batch[i];
                var result = i < results.Count ? results[i] : null;
                foreach (var problem in FuzzInvariants.Violations(bytes, path, result))
                {
                    failures.Add($"seed {seed} ({kind}): {problem}\n  input kept at {Keep(seed, kind, bytes)}");
                }

                if (result?.Diagnostics.FirstOrDefault(FuzzInvariants.IsParserFailure) is not null)
                {
                    parserFailures.Add(parserFailures.Count < 10 ? $"seed {seed} ({kind}) kept at {Keep(seed, "parser-" + kind, bytes)}" : $"seed {seed} ({kind})");
                }
            }

            Directory.Delete(_folder, recursive: true);
            Directory.CreateDirectory(_folder);
        }

        output.WriteLine($"{count} inputs from seed {firstSeed} over {corpus.Count} corpus files in {stopwatch.Elapsed.TotalSeconds:F1} s; "
            + $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
        output.WriteLine($"slowest batch: {slowest.Time.TotalSeconds:F1} s for inputs {firstSeed + slowest.Start} to {firstSeed + Math.Min(slowest.Start + Batch, count) - 1}, linted {Math.Min(Batch, count - slowest.Start)} at a time by 2 workers");
        output.WriteLine("by class: " + string.Join(", ", byClass.Select(c => $"{c.Key} {c.Value}")));
        output.WriteLine($"parser failures contained by the engine: {parserFailures.Count}{(parserFailures.Count > 0 ? " (" + string.Join(", ", parserFailures.Take(10)) + ")" : string.Empty)}");
        foreach (var failure in failures.Take(50))
        {
            output.WriteLine(failure);
        }

        failures.ShouldBeEmpty();
    }

    private static FileLintResult? Attempt(Func<FileLintResult> lint, string escaped, int seed, List<string> failures)
    {
        try
        {
            return lint();
        }
        catch (Exception exception)
        {
            failures.Add($"seed {seed}: {exception.GetType().Name} escaped the engine (the batch failed with {escaped})");
            return null;
        }
    }

    /// <summary>Keeps a failing input where it can be picked up and made a fixture.</summary>
    private static string Keep(int seed, string kind, byte[] bytes)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "fuzz-failures");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{kind}-{seed}.yml");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "IacTest.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new DirectoryNotFoundException("IacTest.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
