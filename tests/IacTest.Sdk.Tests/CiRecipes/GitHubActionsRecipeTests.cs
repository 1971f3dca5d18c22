using System.Text.Json;

namespace IacTest.Sdk.Tests.CiRecipes;

/// <summary>docs/ci/github-actions.yml, run here for what runs offline: its scripts, and the files its actions read.</summary>
[Collection(PackedSdkCollection.Name)]
public sealed class GitHubActionsRecipeTests(PackedSdkFixture sdk)
{
    // The JUnit logger names the lint rows Lint(file: "…") in this class.
    private const string LintRowClass = "IacTest.Sdk.IacLintResults";

    private const string LintError = "infra/ansible/roles/web/tasks/main.yml";
    private static readonly YamlDotNet.RepresentationModel.YamlNode Workflow = RecipeYaml.Load(RecipeRepository.RecipeFile("docs/ci/github-actions.yml"));

    [Fact]
    public async Task The_test_job_annotates_the_lint_error_reports_every_file_as_a_test_row_and_uploads_SARIF_relative_to_the_repository()
    {
        // Given the web platform's repository, whose web role has trailing spaces on line 10
        var repository = await RecipeRepository.CreateAsync(sdk, "github-test");

        // When the workflow's test job runs
        Workflow.At("jobs").At("test").TextAt("if").ShouldNotBeNull().ShouldContain("pull_request");
        var steps = await GitHubJobRun.RunAsync(Workflow, "test", repository, new Dictionary<string, string>(), new Dictionary<string, string>());

        // Then the test step fails on the lint error, annotated at its line by the GitHub Actions logger
        var test = steps.Single(s => s.Result is not null).Result!;
        test.ExitCode.ShouldBe(1, test.Output);
        test.Lines.ShouldContain(l => l.StartsWith("::error ", StringComparison.Ordinal)
            && l.Contains($"file={repository.PathOf(LintError)},line=10::", StringComparison.Ordinal), test.Output);
        File.ReadAllText(Path.Combine(repository.Root, "..", "github-test-runner-temp", "step-summary.md")).ShouldNotBeEmpty();

        // And the JUnit report kept as an artifact has one row per linted file beside the project's own test
        var upload = steps.Single(s => s.Uses == "actions/upload-artifact@v4");
        upload.Skipped.ShouldBeFalse();
        var junit = RecipeYaml.Glob(repository.PathOf(upload.With["path"]), "*.junit.xml").ShouldHaveSingleItem();
        var cases = Reports.JUnitCases(junit);
        cases.Count(c => c.ClassName == LintRowClass).ShouldBe(5, string.Join("\n", cases));
        cases.Single(c => c.Name.Contains(LintError, StringComparison.Ordinal)).Failure.ShouldNotBeNull().ShouldContain("error IAC0122: trailing spaces (trailing-spaces)");
        cases.Where(c => c.Failure is not null).ShouldHaveSingleItem();
        cases.ShouldContain(c => c.Name.Contains("The_site_listens_on_port_80_by_default", StringComparison.Ordinal) && c.Failure == null);

        // And the SARIF log upload-sarif reads is valid, with the path code scanning knows, relative to the repository root
        var sarifUpload = steps.Single(s => s.Uses == "github/codeql-action/upload-sarif@v3");
        sarifUpload.Skipped.ShouldBeFalse();
        using var sarif = Reports.ValidSarif(repository.PathOf(sarifUpload.With["sarif_file"]));
        Reports.SarifPaths(sarif).ShouldContain($"%SRCROOT%:{LintError}");
        sarif.RootElement.GetProperty("runs")[0].GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()
            .ShouldBe(new Uri(repository.Root + "/").AbsoluteUri);
    }

    [Fact]
    public async Task The_scheduled_drift_job_installs_the_audit_key_from_secrets_and_uploads_the_drift_report()
    {
        // Given the repository, its audit of the machine it runs on, and the workflow's nightly schedule
        Workflow.At("on").At("schedule").Items().ShouldHaveSingleItem().TextAt("cron").ShouldNotBeNullOrWhiteSpace();
        Workflow.At("jobs").At("drift").TextAt("if").ShouldNotBeNull().ShouldContain("schedule");
        var repository = await RecipeRepository.CreateAsync(sdk, "github-drift");
        const string Key = "-----BEGIN OPENSSH PRIVATE KEY-----\nnot-a-real-key-for-the-recipe-test\n-----END OPENSSH PRIVATE KEY-----";
        var secrets = new Dictionary<string, string>
        {
            ["secrets.AUDIT_SSH_KEY"] = Key,
            ["vars.AUDIT_KNOWN_HOSTS"] = "bastion1.example.internal ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ0bRecipeTestKey",
        };

        // When the drift job runs
        var steps = await GitHubJobRun.RunAsync(Workflow, "drift", repository, secrets, new Dictionary<string, string>());

        // Then the key is written for the audit only (0600) and never printed, and the audit passes
        var keyFile = Path.Combine(repository.Root, "..", "github-drift-runner-temp", "audit_key");
        File.ReadAllText(keyFile).ShouldBe(Key + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(keyFile).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        foreach (var step in steps.Where(s => s.Result is not null))
        {
            step.Result!.ExitCode.ShouldBe(0, $"{step.Name}:\n{step.Result.Output}");
            step.Result.Output.ShouldNotContain("not-a-real-key-for-the-recipe-test");
        }

        // And the drift report the upload reads is valid SARIF, and the JUnit report is kept with it
        var sarifUpload = steps.Single(s => s.Uses == "github/codeql-action/upload-sarif@v3");
        sarifUpload.With["category"].ShouldBe("drift");
        using var sarif = Reports.ValidSarif(repository.PathOf(sarifUpload.With["sarif_file"]));
        var kept = steps.Single(s => s.Uses == "actions/upload-artifact@v4").With["path"];
        RecipeYaml.Glob(repository.PathOf(kept), "*.junit.xml").ShouldHaveSingleItem();
        File.Exists(Path.Combine(repository.PathOf(kept), "drift.json")).ShouldBeTrue();
    }
}
