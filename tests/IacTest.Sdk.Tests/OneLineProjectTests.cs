namespace IacTest.Sdk.Tests;

[Collection(PackedSdkCollection.Name)]
public sealed class OneLineProjectTests(PackedSdkFixture sdk)
{
    private const string OneLine = """<Project Sdk="IacTest.Sdk/$(Version)" />""";

    [Fact]
    public async Task A_one_line_project_runs_xunit_tests_with_shouldly_and_lints_its_yaml()
    {
        // Given a project that is one line, a clean YAML file and a test
        var project = sdk.CreateProject("oneline", OneLine);
        project.Write("roles/web/defaults/main.yml", "---\nweb_port: 8080\n");
        // A type of every implicitly imported harness namespace, named without a using directive.
        var harnessTypes = string.Join(", ", ImplicitHarnessUsings.Declared().Select(ns => $"typeof({ImplicitHarnessUsings.ATypeOf(ns)})"));
        project.Write("WebTests.cs", $$"""
            public class WebTests
            {
                [Fact]
                public void Two_plus_two() => (2 + 2).ShouldBe(4);

                [Fact]
                public void Arithmetic_still_works() => (20 + 22).ShouldBe(42);

                // The harness namespaces are implicit usings: no using directive above.
                [Fact]
                public void Harness_types_are_in_scope() =>
                    new[] { {{harnessTypes}} }.Select(t => t.Assembly.GetName().Name).Distinct().ShouldBe(["IacTest.Harness"]);
            }
            """);

        // When it is tested
        var result = await project.TestAsync();

        // Then the build lints the file and the tests run and pass, the file's lint a row beside them
        result.ExitCode.ShouldBe(0, result.Output);
        result.Output.ShouldContain("Passed!");
        result.Output.ShouldContain("Total:     4");
        // and xunit shows the harness's live progress lines, the project having no xunit.runner.json of its own
        var runnerJson = Directory.EnumerateFiles(Path.Combine(project.Folder, "bin"), "xunit.runner.json", SearchOption.AllDirectories).ShouldHaveSingleItem();
        File.ReadAllText(runnerJson).ShouldContain("\"diagnosticMessages\": true");
    }

    [Fact]
    public void Every_public_harness_namespace_is_an_implicit_using_or_left_out_by_name()
    {
        // Given the harness's public namespaces and the SDK's implicit harness usings
        var declared = ImplicitHarnessUsings.Declared();

        // Then each public namespace is declared or deliberately left out, and each declared one exists
        ImplicitHarnessUsings.PublicNamespaces().Except(declared).Except(ImplicitHarnessUsings.LeftOut).ShouldBeEmpty();
        declared.Except(ImplicitHarnessUsings.PublicNamespaces()).ShouldBeEmpty();
        declared.ShouldContain("IacTest.Harness.Targets");
        declared.ShouldContain("IacTest.Harness.Drift");
        declared.ShouldContain("IacTest.Harness.Inventory");
        declared.ShouldContain("IacTest.Harness.Terraform");
        declared.ShouldContain("IacTest.Harness.Secrets");
        declared.ShouldContain("IacTest.Harness.Kubernetes");
    }

    [Fact]
    public async Task A_lint_error_fails_build_and_test_with_the_canonical_diagnostic()
    {
        // Given a file with trailing spaces on line 2
        var project = sdk.CreateProject("linterror", OneLine);
        var file = project.Write("site.yml", "---\nname: web   \n");
        project.Write("SmokeTests.cs", "public class SmokeTests { [Fact] public void Runs() => true.ShouldBeTrue(); }\n");

        // When it is built and tested
        var build = await project.BuildAsync();
        var test = await project.TestAsync();

        // Then both fail with the exact MSBuild diagnostic
        build.ExitCode.ShouldNotBe(0);
        build.Lines.ShouldContain(l => l.StartsWith($"{file}(2,10): error IAC0122: trailing spaces (trailing-spaces)", StringComparison.Ordinal), build.Output);
        test.ExitCode.ShouldNotBe(0);
        test.Output.ShouldContain("error IAC0122");
    }

    [Fact]
    public async Task The_target_framework_and_implicit_references_can_be_overridden()
    {
        // Given a project that sets its framework and turns the implicit references off
        var project = sdk.CreateProject("overrides", """
            <Project Sdk="IacTest.Sdk/$(Version)">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <IacTestImplicitPackageReferences>false</IacTestImplicitPackageReferences>
                <IsTestProject>false</IsTestProject>
                <OutputType>Library</OutputType>
              </PropertyGroup>
            </Project>
            """);
        project.Write("Plain.cs", "namespace Plain; public static class Answer { public static int Value => 42; }\n");

        // When it is built
        var build = await project.BuildAsync();

        // Then it builds without xunit (a using of Xunit would not compile)
        build.ExitCode.ShouldBe(0, build.Output);
        File.ReadAllText(Path.Combine(project.Folder, "obj", "project.assets.json")).ShouldNotContain("\"xunit/");
    }
}
