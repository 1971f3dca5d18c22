using System.Diagnostics;

namespace IacTest.Sdk.Tests.CiRecipes;

/// <summary>
/// A temporary Git repository holding a copy of <c>CiRecipes/Repository</c> (a small web platform's infrastructure and
/// its IacTest projects) that restores IacTest from the run's private feed, as a user's checkout would from nuget.org.
/// </summary>
public sealed class RecipeRepository
{
    private RecipeRepository(string root) => Root = root;

    /// <summary>The repository root (the checkout, <c>GITHUB_WORKSPACE</c>, <c>CI_PROJECT_DIR</c>).</summary>
    public string Root { get; }

    /// <summary>The folder the copies are made from.</summary>
    public static string Source => Path.Combine(PackedSdkFixture.RepositoryRoot, "tests", "IacTest.Sdk.Tests", "CiRecipes", "Repository");

    /// <summary>A recipe or hook definition of the IacTest repository, by its path there.</summary>
    public static string RecipeFile(string relativePath) => Path.Combine(PackedSdkFixture.RepositoryRoot, relativePath);

    /// <summary>Copies the repository to a new folder of the run, pins the run's IacTest.Sdk and commits it.</summary>
    public static async Task<RecipeRepository> CreateAsync(PackedSdkFixture sdk, string name)
    {
        sdk.EnsureReady();
        var root = Path.Combine(sdk.Root, "recipes", name);
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(Source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "TestResults"))
            {
                continue;
            }

            var target = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(Path.Combine(root, "global.json"),
            File.ReadAllText(Path.Combine(root, "global.json")).Replace("\"IacTest.Sdk\": \"0.1.0\"", $"\"IacTest.Sdk\": \"{sdk.Version}\"", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="iactest" value="{sdk.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{sdk.Packages}" />
              </config>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(root, ".gitignore"), "bin/\nobj/\nTestResults/\nartifacts/\ntest-results/\n");
        var repository = new RecipeRepository(root);
        await repository.GitAsync("init", "-q", "-b", "main");
        await repository.CommitAsync("The web platform's infrastructure and its tests");
        return repository;
    }

    /// <summary>Stages everything and commits.</summary>
    public async Task CommitAsync(string message)
    {
        await GitAsync("add", "-A");
        await GitAsync("commit", "-q", "-m", message);
    }

    /// <summary>Runs git in the repository with a fixed identity; throws with its output when it fails.</summary>
    public Task<string> GitAsync(params string[] args) => Git(Root, args);

    /// <summary>Runs git in <paramref name="directory"/> with a fixed identity; throws with its output when it fails.</summary>
    public static async Task<string> Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in new[] { ("GIT_AUTHOR_NAME", "Platform Team"), ("GIT_COMMITTER_NAME", "Platform Team"),
                     ("GIT_AUTHOR_EMAIL", "platform@example.internal"), ("GIT_COMMITTER_EMAIL", "platform@example.internal"), ("GIT_CONFIG_NOSYSTEM", "1") })
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {await error}");
        }

        return (await output).Trim();
    }

    /// <summary>A path of the repository from its <c>/</c>-separated relative form.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));
}
