using System.Globalization;
using System.Text.RegularExpressions;

namespace IacTest.Sdk.Tests;

/// <summary>
/// The template package packed beside the run's SDK (same version, same feed) and installed into a private template
/// hive, so <c>dotnet new</c> on the user's machine never sees it; projects generated from it as a user generates them.
/// </summary>
public static partial class PackedTemplates
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Packs and installs the templates once per run; returns the private hive.</summary>
    public static Task<string> InstallTemplatesOnceAsync(this PackedSdkFixture sdk) =>
        sdk.OnceAsync("IacTest.Templates", async () =>
        {
            sdk.EnsureReady();
            var pack = await DotNet.RunAsync(PackedSdkFixture.RepositoryRoot, Timeout,
                "pack", "src/Templates", "-c", "Release", "-o", sdk.Feed, $"-p:Version={sdk.Version}",
                "--artifacts-path", Path.Combine(sdk.Root, "artifacts"), "-nodeReuse:false");
            pack.ExitCode.ShouldBe(0, pack.Output);
            var hive = Path.Combine(sdk.Root, "template-hive");
            var install = await DotNet.RunAsync(sdk.Root, Timeout,
                "new", "install", Path.Combine(sdk.Feed, $"IacTest.Templates.{sdk.Version}.nupkg"), "--debug:custom-hive", hive);
            install.ExitCode.ShouldBe(0, install.Output);
            return hive;
        });

    /// <summary>
    /// Runs <c>dotnet new TEMPLATE -o FOLDER OPTIONS</c> from the private hive into a folder of the run; the folder may
    /// already hold a repository's files. Returns the generated project.
    /// </summary>
    public static async Task<ConsumerProject> NewAsync(this PackedSdkFixture sdk, string template, string folderName, params string[] options)
    {
        var hive = await sdk.InstallTemplatesOnceAsync();
        var folder = sdk.GeneratedFolder(folderName).Folder;
        var result = await DotNet.RunAsync(folder, Timeout,
            ["new", template, "-o", folder, "--no-update-check", "--debug:custom-hive", hive, .. options]);
        result.ExitCode.ShouldBe(0, result.Output);
        return new ConsumerProject(folder);
    }

    /// <summary>The folder <see cref="NewAsync"/> generates <paramref name="folderName"/> into, created, for files a repository already has.</summary>
    public static ConsumerProject GeneratedFolder(this PackedSdkFixture sdk, string folderName)
    {
        var folder = Path.Combine(sdk.Root, "generated", folderName);
        Directory.CreateDirectory(folder);
        return new ConsumerProject(folder);
    }

    /// <summary>Writes the files of <paramref name="sourceFolder"/> (relative to the repository) into the project folder, as a user's repository.</summary>
    public static void CopyFrom(this ConsumerProject project, string sourceFolder, params string[] leaveOut)
    {
        var source = Path.Combine(PackedSdkFixture.RepositoryRoot, sourceFolder);
        foreach (var file in Directory.EnumerateFiles(source, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(source, file);
            if (!leaveOut.Any(prefix => relative.StartsWith(prefix, StringComparison.Ordinal)))
            {
                project.Write(relative, File.ReadAllText(file));
            }
        }
    }

    /// <summary>
    /// Runs the generated project's <c>dotnet test</c>, restoring into the run's private packages folder (the
    /// generated nuget.config names only the feed, as a user's would).
    /// </summary>
    public static Task<ProcessResult> TestGeneratedAsync(this PackedSdkFixture sdk, ConsumerProject project, IReadOnlyDictionary<string, string>? environment = null)
    {
        var variables = new Dictionary<string, string>(environment ?? new Dictionary<string, string>()) { ["NUGET_PACKAGES"] = sdk.Packages };
        return DotNet.RunAsync(project.Folder, TimeSpan.FromMinutes(15), variables, "test", "-nodeReuse:false");
    }

    /// <summary>The counts of the test run's summary line (<c>Failed: 0, Passed: 12, Skipped: 0</c>).</summary>
    public static (int Failed, int Passed, int Skipped) Counts(this ProcessResult result)
    {
        var match = Summary().Match(result.Output);
        match.Success.ShouldBeTrue($"no test summary in:\n{result.Output}");
        int Count(string name) => int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        return (Count("failed"), Count("passed"), Count("skipped"));
    }

    [GeneratedRegex(@"Failed:\s+(?<failed>\d+),\s+Passed:\s+(?<passed>\d+),\s+Skipped:\s+(?<skipped>\d+)")]
    private static partial Regex Summary();
}
