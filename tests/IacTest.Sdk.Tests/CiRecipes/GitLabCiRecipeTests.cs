using System.Text.Json;

namespace IacTest.Sdk.Tests.CiRecipes;

/// <summary>docs/ci/gitlab-ci.yml: its script run here, and the JUnit and Code Quality reports its artifacts name.</summary>
[Collection(PackedSdkCollection.Name)]
public sealed class GitLabCiRecipeTests(PackedSdkFixture sdk)
{
    // The JUnit logger names the lint rows Lint(file: "…") in this class.
    private const string LintRowClass = "IacTest.Sdk.IacLintResults";

    private const string LintError = "infra/ansible/roles/web/tasks/main.yml";

    [Fact]
    public async Task The_job_produces_the_JUnit_and_code_quality_reports_its_artifacts_name()
    {
        // Given the web platform's repository and the recipe's job
        var repository = await RecipeRepository.CreateAsync(sdk, "gitlab");
        var recipe = RecipeYaml.Load(RecipeRepository.RecipeFile("docs/ci/gitlab-ci.yml"));
        var job = recipe.At("iactest");
        var env = recipe.Find("variables").Scalars();
        env["CI"] = "true";
        env["GITLAB_CI"] = "true";
        env["CI_PROJECT_DIR"] = repository.Root;

        // When its script runs, line by line, as the runner runs it
        ProcessResult? failure = null;
        foreach (var line in job.At("script").Items().Select(i => i.Text()))
        {
            var result = await Shell.RunAsync(line, repository.Root, env, TimeSpan.FromMinutes(10));
            if (result.ExitCode != 0)
            {
                failure = result;
                break;
            }
        }

        // Then the job fails on the lint error, and the artifacts are kept even so
        failure.ShouldNotBeNull().ExitCode.ShouldBe(1);
        var artifacts = job.At("artifacts");
        artifacts.TextAt("when").ShouldBe("always");

        // And the JUnit report has a failing row for the file with the error and a passing row for every other file
        var junit = RecipeYaml.Glob(repository.Root, artifacts.At("reports").TextAt("junit")!).ShouldHaveSingleItem(failure.Output);
        var cases = Reports.JUnitCases(junit);
        cases.Count(c => c.ClassName == LintRowClass).ShouldBe(5, string.Join("\n", cases));
        cases.Single(c => c.Failure is not null).Name.ShouldContain(LintError);

        // And the Code Quality report names the finding by its repository path, with a fingerprint and a severity
        var codeQuality = repository.PathOf(artifacts.At("reports").TextAt("codequality")!);
        using var issues = JsonDocument.Parse(File.ReadAllText(codeQuality));
        var issue = issues.RootElement.EnumerateArray().Single(i => i.GetProperty("check_name").GetString()!.StartsWith("IAC0122", StringComparison.Ordinal));
        issue.GetProperty("location").GetProperty("path").GetString().ShouldBe(LintError);
        issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32().ShouldBe(10);
        issue.GetProperty("severity").GetString().ShouldBe("major");
        issue.GetProperty("fingerprint").GetString().ShouldNotBeNullOrEmpty();
    }
}
