namespace IacTest.Sdk.Tests;

[Collection(PackedSdkCollection.Name)]
public sealed class IncrementalLintTests(PackedSdkFixture sdk)
{
    [Fact]
    public async Task Only_changed_added_or_renamed_files_are_linted_again()
    {
        // Given a project with three YAML files
        var project = sdk.CreateProject("incremental", """<Project Sdk="IacTest.Sdk/$(Version)" />""");
        project.Write("a.yml", "---\na: 1\n");
        project.Write("b.yml", "---\nb: 1\n");
        var c = project.Write("sub/c.yaml", "---\nc: 1\n");

        // When it is built, then built again with nothing changed
        var first = await project.BuildAsync();
        var second = await project.BuildAsync();

        // Then the first build lints all three files, the second none
        first.ExitCode.ShouldBe(0, first.Output);
        first.LintedFiles.ShouldBe(3);
        second.LintedFiles.ShouldBe(0);
        second.Output.ShouldContain("linted 0 of 3 files (3 from cache)");

        // When one file is touched, exactly that one is linted
        File.SetLastWriteTimeUtc(c, DateTime.UtcNow.AddSeconds(5));
        (await project.BuildAsync()).LintedFiles.ShouldBe(1);

        // When a file is added, it is the only one linted, and its error fails the build
        var added = project.Write("d.yml", "---\nd: 1   \n");
        var afterAdd = await project.BuildAsync();
        afterAdd.LintedFiles.ShouldBe(1);
        afterAdd.ExitCode.ShouldNotBe(0);
        afterAdd.Output.ShouldContain($"{added}(2,5): error IAC0122");

        // When nothing changes, the cached error is still reported and still fails the build
        var cached = await project.BuildAsync();
        cached.LintedFiles.ShouldBe(0);
        cached.ExitCode.ShouldNotBe(0);
        cached.Output.ShouldContain($"{added}(2,5): error IAC0122");

        // When the failing file is renamed, the new name is linted and the old name is forgotten
        var renamed = Path.Combine(project.Folder, "e.yml");
        File.Move(added, renamed);
        var afterRename = await project.BuildAsync();
        afterRename.LintedFiles.ShouldBe(1);
        afterRename.Output.ShouldContain($"{renamed}(2,5): error IAC0122");
        afterRename.Output.ShouldNotContain($"{added}(");

        // When it is removed, the build is green again without linting anything
        File.Delete(renamed);
        var afterRemove = await project.BuildAsync();
        afterRemove.ExitCode.ShouldBe(0, afterRemove.Output);
        afterRemove.LintedFiles.ShouldBe(0);
        afterRemove.Output.ShouldContain("of 3 files");
    }

    [Fact]
    public async Task Changing_the_configuration_lints_every_file_again()
    {
        // Given a project built once
        var project = sdk.CreateProject("configchange", """<Project Sdk="IacTest.Sdk/$(Version)" />""");
        project.Write("a.yml", "---\na: 1\n");
        project.Write("b.yml", "---\nb: 1\n");
        (await project.BuildAsync()).LintedFiles.ShouldBe(2);

        // When a rule setting changes in MSBuild
        File.WriteAllText(Path.Combine(project.Folder, "configchange.csproj"), $$"""
            <Project Sdk="IacTest.Sdk/{{sdk.Version}}">
              <ItemGroup>
                <IacLintRule Include="trailing-spaces" Severity="warning" />
              </ItemGroup>
            </Project>
            """);
        var changed = await project.BuildAsync();

        // Then every file is linted again under the new configuration
        changed.LintedFiles.ShouldBe(2);
    }
}
