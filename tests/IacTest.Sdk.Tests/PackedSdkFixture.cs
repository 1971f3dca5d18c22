using System.Diagnostics;

namespace IacTest.Sdk.Tests;

/// <summary>
/// Packs IacTest.Sdk, IacTest.Lint and IacTest.Harness once per test run with a version no other run used, into a
/// private feed, and gives every consumer project a private packages folder, so no stale copy is ever restored.
/// </summary>
public sealed class PackedSdkFixture : IAsyncLifetime
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task>> _once = new(StringComparer.Ordinal);
    private Exception? _failure;

    /// <summary>The unique version of this run's packages.</summary>
    public string Version { get; } = $"0.1.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    /// <summary>The run's scratch folder: feed, packages, projects.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("iactest-e2e-").FullName;

    /// <summary>The private feed holding this run's packages.</summary>
    public string Feed => Path.Combine(Root, "feed");

    /// <summary>The private global packages folder.</summary>
    public string Packages => Path.Combine(Root, "packages");

    /// <summary>The repository being tested.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IacTest.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("IacTest.sln not found above the test assembly.");
        }
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        try
        {
            foreach (var project in new[] { "src/Lint", "src/Harness", "src/Sdk" })
            {
                // A guard against a hung pack, not a time budget: src/Sdk publishes the native worker, which takes
                // many minutes on a loaded two-core machine.
                var result = await DotNet.RunAsync(RepositoryRoot, TimeSpan.FromMinutes(30),
                    "pack", project, "-c", "Release", "-o", Feed, $"-p:Version={Version}",
                    "--artifacts-path", Path.Combine(Root, "artifacts"), "-nodeReuse:false");
                if (result.ExitCode != 0)
                {
                    throw new InvalidOperationException($"dotnet pack {project} failed:\n{result.Output}");
                }
            }
        }
        catch (Exception exception)
        {
            // Rethrown on first use so the failing test shows the cause.
            _failure = exception;
        }
    }

    /// <summary>Throws the set-up failure, if any.</summary>
    public void EnsureReady()
    {
        if (_failure is not null)
        {
            throw new InvalidOperationException("Packing the SDK failed.", _failure);
        }
    }

    /// <summary>Creates a consumer project folder with a nuget.config pointing at the private feed.</summary>
    public ConsumerProject CreateProject(string name, string projectXml)
    {
        EnsureReady();
        var folder = Path.Combine(Root, "projects", name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="iactest" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Packages}" />
              </config>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, $"{name}.csproj"), projectXml.Replace("$(Version)", Version, StringComparison.Ordinal));
        return new ConsumerProject(folder);
    }

    /// <summary>
    /// Runs <paramref name="create"/> once per test run for <paramref name="key"/> and hands every caller its result,
    /// for set-up several tests share (a module package in the feed).
    /// </summary>
    public Task<T> OnceAsync<T>(string key, Func<Task<T>> create) =>
        (Task<T>)_once.GetOrAdd(key, _ => new Lazy<Task>(() => create())).Value;

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the OS temp cleaner takes the rest.
        }

        return Task.CompletedTask;
    }
}
