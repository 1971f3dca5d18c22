namespace IacTest.Sdk.Tests;

/// <summary>IAC codes behave as compiler codes do: NoWarn, WarningsAsErrors, TreatWarningsAsErrors, severities.</summary>
[Collection(PackedSdkCollection.Name)]
public sealed class MsBuildSemanticsTests(PackedSdkFixture sdk)
{
    private const string WarningProject = """
        <Project Sdk="IacTest.Sdk/$(Version)">
          <ItemGroup>
            <IacLintRule Include="trailing-spaces" Severity="warning" />
          </ItemGroup>
        </Project>
        """;

    [Fact]
    public async Task Warnings_follow_NoWarn_WarningsAsErrors_and_TreatWarningsAsErrors()
    {
        // Given a rule turned into a warning, and a file that breaks it
        var project = sdk.CreateProject("semantics", WarningProject);
        var file = project.Write("app.yml", "---\nport: 80 \n");

        // When built plainly, with NoWarn, with WarningsAsErrors, with TreatWarningsAsErrors, and with an exception to it
        var plain = await project.BuildAsync();
        var noWarn = await project.BuildAsync("-p:NoWarn=IAC0122");
        var asErrors = await project.BuildAsync("-p:WarningsAsErrors=IAC0122");
        var treat = await project.BuildAsync("-p:TreatWarningsAsErrors=true");
        var notAsError = await project.BuildAsync("-p:TreatWarningsAsErrors=true", "-p:WarningsNotAsErrors=IAC0122");

        // Then each behaves as it does for a compiler warning
        plain.ExitCode.ShouldBe(0, plain.Output);
        plain.Output.ShouldContain($"{file}(2,9): warning IAC0122: trailing spaces (trailing-spaces)");
        noWarn.ExitCode.ShouldBe(0, noWarn.Output);
        noWarn.Output.ShouldNotContain("IAC0122");
        asErrors.ExitCode.ShouldNotBe(0);
        asErrors.Output.ShouldContain($"{file}(2,9): error IAC0122");
        treat.ExitCode.ShouldNotBe(0);
        treat.Output.ShouldContain($"{file}(2,9): error IAC0122");
        notAsError.ExitCode.ShouldBe(0, notAsError.Output);
        notAsError.Output.ShouldContain("warning IAC0122");
    }

    [Fact]
    public async Task Rules_are_configured_with_IacLintRule_items_and_bad_settings_are_errors()
    {
        // Given a rule switched off by code, and a file that would break it
        var project = sdk.CreateProject("rules", """
            <Project Sdk="IacTest.Sdk/$(Version)">
              <ItemGroup>
                <IacLintRule Include="IAC0122" Severity="none" />
              </ItemGroup>
            </Project>
            """);
        project.Write("app.yml", "---\nport: 80 \n");

        // When built
        var off = await project.BuildAsync();

        // Then the rule does not report
        off.ExitCode.ShouldBe(0, off.Output);
        off.Output.ShouldNotContain("IAC0122");

        // When an item names a rule that does not exist or a severity that does not exist
        File.WriteAllText(Path.Combine(project.Folder, "rules.csproj"), $$"""
            <Project Sdk="IacTest.Sdk/{{sdk.Version}}">
              <ItemGroup>
                <IacLintRule Include="no-such-rule" />
                <IacLintRule Include="trailing-spaces" Severity="loud" />
              </ItemGroup>
            </Project>
            """);
        var bad = await project.BuildAsync();

        // Then the build fails saying which
        bad.ExitCode.ShouldNotBe(0);
        bad.Output.ShouldContain("error IAC0003: IacLintRule 'no-such-rule' names no rule");
        bad.Output.ShouldContain("Severity 'loud' is not one of error, warning, info, none");
    }

    [Fact]
    public async Task Items_and_switches_work_as_msbuild_users_expect()
    {
        // Given broken files in and out of the default items
        var project = sdk.CreateProject("items", """
            <Project Sdk="IacTest.Sdk/$(Version)">
              <ItemGroup>
                <IacFile Remove="generated/**" />
                <IacFile Include="config/app.conf" />
              </ItemGroup>
            </Project>
            """);
        project.Write("generated/out.yml", "---\nx: 1 \n");
        var extra = project.Write("config/app.conf", "---\ny: 1 \n");
        project.Write("bin/copied.yml", "---\nz: 1 \n");

        // When built
        var build = await project.BuildAsync();

        // Then removed items and bin/ are not linted, an added item is
        build.LintedFiles.ShouldBe(1);
        build.Output.ShouldContain($"{extra}(2,5): error IAC0122");
        build.Output.ShouldNotContain("out.yml");
        build.Output.ShouldNotContain("copied.yml");

        // When lint is switched off, or default items are
        var disabled = await project.BuildAsync("-p:IacLintEnabled=false");
        var noDefaults = await project.BuildAsync("-p:EnableDefaultIacItems=false");

        // Then nothing (or only the explicit item) is linted
        disabled.ExitCode.ShouldBe(0, disabled.Output);
        disabled.Output.ShouldNotContain("IacTest lint:");
        noDefaults.LintedFiles.ShouldBe(0);
        noDefaults.Output.ShouldContain("of 1 files");
    }

    [Fact]
    public async Task A_sarif_log_is_written_when_asked_for()
    {
        // Given a project that asks for SARIF
        var project = sdk.CreateProject("sarif", """
            <Project Sdk="IacTest.Sdk/$(Version)">
              <PropertyGroup>
                <IacLintSarifFile>$(MSBuildProjectDirectory)/lint.sarif</IacLintSarifFile>
              </PropertyGroup>
            </Project>
            """);
        project.Write("roles/app/tasks/main.yml", "---\n- name: x\n  debug: msg=hi  \n");

        // When built
        await project.BuildAsync();

        // Then the log holds the finding with a relative path
        using var sarif = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(project.Folder, "lint.sarif")));
        sarif.RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "IAC0122");
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()
            .ShouldBe("roles/app/tasks/main.yml");
    }

    [Fact]
    public async Task IacLintFamilies_selects_the_rule_families_and_rejects_unknown_ones()
    {
        // Given a task file with a YAML finding (trailing spaces) and an Ansible one (a short module name)
        var project = sdk.CreateProject("families", """<Project Sdk="IacTest.Sdk/$(Version)" />""");
        var file = project.Write("roles/web/tasks/main.yml", "---\n- name: Install\n  apt:\n    name: nginx \n");

        // When built with every family, with yamllint's only, and with a family that does not exist
        var all = await project.BuildAsync();
        var yamlOnly = await project.BuildAsync("-p:IacLintFamilies=yaml");
        var unknown = await project.BuildAsync("-p:IacLintFamilies=\"yaml;helm\"");

        // Then the selection changes what is reported, and a typo is an error naming the known families
        all.Output.ShouldContain($"{file}(4,16): error IAC0122");
        all.Output.ShouldContain("error IAC0206");
        yamlOnly.Output.ShouldContain($"{file}(4,16): error IAC0122");
        yamlOnly.Output.ShouldNotContain("IAC0206");
        unknown.ExitCode.ShouldNotBe(0);
        unknown.Output.ShouldContain("error IAC0003: IacLintFamilies: unknown rule family 'helm' (known: yaml, ansible, kubernetes, compose, secrets, terraform)");
        // at the project, where the property is set, not in the SDK's targets
        unknown.Lines.ShouldContain(l => l.StartsWith(Path.Combine(project.Folder, "families.csproj"), StringComparison.Ordinal)
            && l.Contains("error IAC0003: IacLintFamilies", StringComparison.Ordinal));
    }
}
