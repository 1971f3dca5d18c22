namespace IacTest.Sdk.Tests.CiRecipes;

/// <summary>
/// The repository's <c>.pre-commit-hooks.yaml</c>, run by the real pre-commit (Debian's) from a Git repository holding
/// it, with the <c>iactest</c> .NET tool installed from the run's feed as a user installs it.
/// </summary>
[Collection(PackedSdkCollection.Name)]
public sealed class PreCommitHookTests(PackedSdkFixture sdk)
{
    [Fact]
    public async Task The_hook_runs_iactest_lint_and_fails_the_commit_until_the_finding_is_fixed()
    {
        // Given a hooks repository holding .pre-commit-hooks.yaml, the iactest tool, and the web platform's repository using the hook
        var hookDefinition = RecipeYaml.Load(RecipeRepository.RecipeFile(".pre-commit-hooks.yaml")).Items().ShouldHaveSingleItem();
        hookDefinition.TextAt("entry")!.ShouldStartWith("iactest lint");
        var repository = await RecipeRepository.CreateAsync(sdk, "pre-commit");
        var hooks = Directory.CreateDirectory(Path.Combine(repository.Root, "..", "pre-commit-hooks")).FullName;
        File.Copy(RecipeRepository.RecipeFile(".pre-commit-hooks.yaml"), Path.Combine(hooks, ".pre-commit-hooks.yaml"), overwrite: true);
        await RecipeRepository.Git(hooks, "init", "-q", "-b", "main");
        await RecipeRepository.Git(hooks, "add", "-A");
        await RecipeRepository.Git(hooks, "commit", "-q", "-m", "The iactest hook");
        var rev = await RecipeRepository.Git(hooks, "rev-parse", "HEAD");
        var tools = await InstallToolAsync(repository);
        File.WriteAllText(repository.PathOf(".pre-commit-config.yaml"), $"""
            ---
            repos:
              - repo: {hooks}
                rev: {rev}
                hooks:
                  - id: {hookDefinition.TextAt("id")}

            """);
        await repository.CommitAsync("Lint before every commit");
        var env = new Dictionary<string, string>
        {
            ["PATH"] = $"{tools}:{Environment.GetEnvironmentVariable("PATH")}",
            ["PRE_COMMIT_HOME"] = Path.Combine(repository.Root, "..", "pre-commit-home"),
            ["DOTNET_NOLOGO"] = "1",
        };

        // When pre-commit runs the hook over the repository
        var failing = await Shell.RunAsync("pre-commit run --all-files", repository.Root, env, TimeSpan.FromMinutes(5));

        // Then it fails with the finding in yamllint's parsable form, at its repository path
        failing.ExitCode.ShouldBe(1, failing.Output);
        failing.Output.ShouldContain("infra/ansible/roles/web/tasks/main.yml:10:", Case.Sensitive, failing.Output);
        failing.Output.ShouldContain("[error] trailing spaces (trailing-spaces)", Case.Sensitive, failing.Output);

        // And once the line is fixed, the hook passes
        var tasks = repository.PathOf("infra/ansible/roles/web/tasks/main.yml");
        File.WriteAllLines(tasks, File.ReadAllLines(tasks).Select(l => l.TrimEnd()));
        var passing = await Shell.RunAsync("pre-commit run --all-files", repository.Root, env, TimeSpan.FromMinutes(5));
        passing.ExitCode.ShouldBe(0, passing.Output);
        passing.Output.ShouldContain("Passed");
    }

    /// <summary>Packs the CLI once per run into the feed and installs it as a user does, into a tool path of its own.</summary>
    private async Task<string> InstallToolAsync(RecipeRepository repository)
    {
        await sdk.OnceAsync("cli-tool-package", async () =>
        {
            var pack = await DotNet.RunAsync(PackedSdkFixture.RepositoryRoot, TimeSpan.FromMinutes(10),
                "pack", "src/Cli", "-c", "Release", "-o", sdk.Feed, $"-p:Version={sdk.Version}",
                "--artifacts-path", Path.Combine(sdk.Root, "artifacts"), "-nodeReuse:false");
            pack.ExitCode.ShouldBe(0, pack.Output);
            return true;
        });
        var tools = Path.Combine(repository.Root, "..", "pre-commit-tools");
        var install = await DotNet.RunAsync(repository.Root, TimeSpan.FromMinutes(5),
            "tool", "install", "IacTest.Cli", "--version", sdk.Version, "--tool-path", tools);
        install.ExitCode.ShouldBe(0, install.Output);
        return Path.GetFullPath(tools);
    }
}
