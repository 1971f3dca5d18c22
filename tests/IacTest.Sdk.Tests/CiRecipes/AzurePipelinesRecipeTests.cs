using System.Text.RegularExpressions;

namespace IacTest.Sdk.Tests.CiRecipes;

/// <summary>docs/ci/azure-pipelines.yml: its script run here, and the files PublishTestResults and the SARIF artifact read.</summary>
[Collection(PackedSdkCollection.Name)]
public sealed partial class AzurePipelinesRecipeTests(PackedSdkFixture sdk)
{
    // The JUnit logger names the lint rows Lint(file: "…") in this class.
    private const string LintRowClass = "IacTest.Sdk.IacLintResults";

    [GeneratedRegex(@"\$\((?<name>[A-Za-z0-9_.]+)\)")]
    private static partial Regex Macro();

    [Fact]
    public async Task The_pipeline_publishes_the_JUnit_rows_and_the_SARIF_log_its_script_produces()
    {
        // Given the web platform's repository and the recipe, its macros filled in as the agent fills them
        var repository = await RecipeRepository.CreateAsync(sdk, "azure");
        var recipe = RecipeYaml.Load(RecipeRepository.RecipeFile("docs/ci/azure-pipelines.yml"));
        var staging = Directory.CreateDirectory(Path.Combine(repository.Root, "..", "azure-staging")).FullName;
        var macros = recipe.Find("variables").Scalars();
        macros["Build.ArtifactStagingDirectory"] = staging;
        macros["Build.SourcesDirectory"] = repository.Root;
        // The agent gives every variable to scripts as an environment variable, upper-cased, '.' made '_'.
        var env = macros.ToDictionary(p => p.Key.ToUpperInvariant().Replace('.', '_'), p => p.Value, StringComparer.Ordinal);
        env["TF_BUILD"] = "True";

        // When its script steps run
        var steps = recipe.At("steps").Items();
        var results = new List<ProcessResult>();
        foreach (var step in steps.Where(s => s.Find("script") is not null))
        {
            results.Add(await Shell.RunAsync(RecipeYaml.Expand(step.TextAt("script")!, Macro(), macros), repository.Root, env, TimeSpan.FromMinutes(10)));
        }

        // Then the test step fails on the lint error
        results.ShouldHaveSingleItem().ExitCode.ShouldBe(1, results[0].Output);

        // And PublishTestResults, which runs after a failure too, finds the JUnit report with the lint rows
        var publish = steps.Single(s => s.TextAt("task") == "PublishTestResults@2");
        publish.TextAt("condition").ShouldBe("succeededOrFailed()");
        var inputs = publish.At("inputs").Scalars();
        inputs["testResultsFormat"].ShouldBe("JUnit");
        var junit = RecipeYaml.Glob(RecipeYaml.Expand(inputs["searchFolder"], Macro(), macros), inputs["testResultsFiles"]).ShouldHaveSingleItem(results[0].Output);
        var cases = Reports.JUnitCases(junit);
        cases.Where(c => c.Failure is not null).ShouldHaveSingleItem().Name.ShouldContain("infra/ansible/roles/web/tasks/main.yml");
        cases.Count(c => c.ClassName == LintRowClass).ShouldBe(5);

        // And the SARIF artifact holds a valid log of the finding, relative to the repository root
        var artifact = steps.Single(s => s.TextAt("task") == "PublishBuildArtifacts@1");
        artifact.TextAt("condition").ShouldBe("succeededOrFailed()");
        var folder = RecipeYaml.Expand(artifact.At("inputs").TextAt("PathtoPublish")!, Macro(), macros);
        using var sarif = Reports.ValidSarif(RecipeYaml.Glob(folder, "*.sarif").ShouldHaveSingleItem());
        Reports.SarifPaths(sarif).ShouldContain("%SRCROOT%:infra/ansible/roles/web/tasks/main.yml");
    }
}
