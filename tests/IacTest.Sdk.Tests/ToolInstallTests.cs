using System.Diagnostics;

namespace IacTest.Sdk.Tests;

/// <summary>
/// The <c>iactest</c> .NET tool as users get it: packed, installed with <c>dotnet tool install</c> from a feed, and run
/// by its command name.
/// </summary>
public sealed class ToolInstallTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("iactest-tool-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task The_packed_tool_installs_and_runs_as_iactest()
    {
        // Given the tool packed into a private feed under a version no cache has seen
        var version = $"0.0.0-tool.{Guid.NewGuid():N}"[..24];
        var feed = Path.Combine(_root, "feed");
        var packed = await DotNet.RunAsync(PackedSdkFixture.RepositoryRoot, TimeSpan.FromMinutes(10),
            "pack", "src/Cli", "-c", "Release", "-o", feed, $"-p:Version={version}", "--artifacts-path", Path.Combine(_root, "artifacts"), "-nodeReuse:false");
        packed.ExitCode.ShouldBe(0, packed.Output);
        File.WriteAllText(Path.Combine(_root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="iactest" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        // When it is installed into a tool path, as CI images and pre-commit do
        var tools = Path.Combine(_root, "tools");
        var installed = await DotNet.RunAsync(_root, TimeSpan.FromMinutes(5), new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") },
            "tool", "install", "IacTest.Cli", "--tool-path", tools, "--version", version, "--add-source", feed);
        installed.ExitCode.ShouldBe(0, installed.Output);

        // Then `iactest` runs: its version with the commit, and a lint of a file
        var (versionCode, versionOutput) = Run(Path.Combine(tools, "iactest"), "--version");
        versionCode.ShouldBe(0);
        versionOutput.Trim().ShouldStartWith(version + "+");
        File.WriteAllText(Path.Combine(_root, "site.yml"), "---\nname: web  \n");
        var (lintCode, lintOutput) = Run(Path.Combine(tools, "iactest"), "lint", "--no-config-discovery", "site.yml");
        lintCode.ShouldBe(1);
        lintOutput.ShouldContain("site.yml(2,10): error IAC0122: trailing spaces (trailing-spaces)");
    }

    private (int Code, string Output) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program, args) { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}
