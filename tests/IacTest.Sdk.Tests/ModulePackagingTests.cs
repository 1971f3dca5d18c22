using System.IO.Compression;
using System.Xml.Linq;

namespace IacTest.Sdk.Tests;

/// <summary>A module packs with <c>dotnet pack</c> and a test project that references the package finds it by name.</summary>
[Collection(PackedSdkCollection.Name)]
public sealed class ModulePackagingTests(PackedSdkFixture sdk)
{
    [Fact]
    public async Task A_module_project_packs_its_role_under_iac_modules_and_nothing_else()
    {
        // Given a module project with a role, its tests, a C# file and build output inside the role folder
        // When it is packed (no IsPackable, no IncludeBuildOutput: declaring IacModule items is enough)
        var package = await AcmeNginxModule.PackOnceAsync(sdk);

        // Then the package holds the role's files under iac/modules/nginx/ and the props that declares it
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(entry => entry.FullName).ToList();
        entries.ShouldContain("iac/modules/nginx/defaults/main.yml");
        entries.ShouldContain("iac/modules/nginx/tasks/main.yml");
        entries.ShouldContain("iac/modules/nginx/files/motd");
        entries.ShouldContain("iac/modules/nginx/files/.bashrc");
        entries.ShouldContain("buildTransitive/Acme.Nginx.props");

        // And no C#, build output, tests or assembly
        entries.ShouldNotContain(entry => entry.EndsWith(".cs", StringComparison.Ordinal), string.Join("\n", entries));
        entries.ShouldNotContain(entry => entry.Contains("/bin/", StringComparison.Ordinal) || entry.Contains("/obj/", StringComparison.Ordinal));
        entries.ShouldNotContain(entry => entry.Contains("/tests/", StringComparison.Ordinal));
        entries.ShouldNotContain(entry => entry.Contains("/.git/", StringComparison.Ordinal));
        entries.ShouldNotContain(entry => entry.StartsWith("lib/", StringComparison.Ordinal) || entry.EndsWith(".dll", StringComparison.Ordinal));

        // And the props names the module, its kind and its package
        var props = XDocument.Parse(Read(zip, "buildTransitive/Acme.Nginx.props"));
        var reference = props.Descendants("IacModuleReference").ShouldHaveSingleItem();
        reference.Attribute("Include")!.Value.ShouldBe("nginx");
        reference.Element("Kind")!.Value.ShouldBe("ansible-role");
        reference.Element("PackageId")!.Value.ShouldBe(AcmeNginxModule.PackageId);
        reference.Element("Version")!.Value.ShouldBe(AcmeNginxModule.Version);
        reference.Element("Path")!.Value.ShouldContain("../iac/modules/nginx/");

        // And consumers do not inherit the test packages the module's own tests use
        var nuspec = Read(zip, "Acme.Nginx.nuspec");
        nuspec.ShouldNotContain("IacTest.Harness");
        nuspec.ShouldNotContain("xunit");
        nuspec.ShouldNotContain("Shouldly");
    }

    [Fact]
    public async Task A_test_project_that_references_the_package_reads_the_role_by_name_and_does_not_lint_it()
    {
        // Given the module package in the feed and a test project that references it
        var project = await AcmeNginxModule.CreateConsumerAsync(sdk, "nginx-consumer");
        project.Write("NginxPackageTests.cs", """
            public class NginxPackageTests
            {
                [Fact]
                public void The_packaged_role_is_beside_the_test_assembly_and_loads_by_name()
                {
                    IacModules.Path("nginx").ShouldBe(Path.Combine(AppContext.BaseDirectory, "iac", "modules", "nginx"));
                    File.ReadAllText(Path.Combine(IacModules.Path("nginx"), "files", "motd")).ShouldBe("Served by Acme\n");
                    File.ReadAllText(Path.Combine(IacModules.Path("nginx"), "files", ".bashrc")).ShouldBe("# Acme shell\n");

                    var module = IacModules.Get("nginx");
                    module.Kind.ShouldBe("ansible-role");
                    module.PackageId.ShouldBe("Acme.Nginx");
                    module.Version.ShouldBe("1.0.0");

                    var role = AnsibleRole.LoadFromPackage("nginx");
                    role.Diagnostics.ShouldBeEmpty();
                    role.Defaults.Keys.ShouldBe(["nginx_port"]);
                    role.Task("Write the site configuration").ShortAction.ShouldBe("copy");
                }

                // Packaged modules are found by pattern too: beside the test assembly, after the project folder.
                [Theory]
                [Modules("iac/modules/*", Require = "tasks/main.yml")]
                public void Every_referenced_role_loads(ModuleCase module)
                {
                    module.Name.ShouldBe("nginx");
                    AnsibleRole.Load(module.Path).Diagnostics.ShouldBeEmpty();
                }

                [Fact]
                public void An_unknown_module_names_the_ones_there_are() =>
                    Should.Throw<KeyNotFoundException>(() => IacModules.Path("apache")).Message.ShouldContain("Referenced modules: nginx.");
            }
            """);

        // When it is tested (its own tests counted, without the lint's rows)
        var test = await project.TestAsync("-p:IacLintTestResults=false");

        // Then the tests find the role through the harness and pass
        test.ExitCode.ShouldBe(0, test.Output);
        test.Output.ShouldContain("Passed:     3");

        // And they still do when the project writes no assembly info of its own
        var withoutAssemblyInfo = await project.TestAsync("-p:GenerateAssemblyInfo=false", "-p:IacLintTestResults=false");
        withoutAssemblyInfo.ExitCode.ShouldBe(0, withoutAssemblyInfo.Output);
        withoutAssemblyInfo.Output.ShouldContain("Passed:     3");

        // And the packaged role is not linted, unless the project asks for it
        var plain = await project.BuildAsync();
        var linted = await project.BuildAsync("-p:IacLintModuleReferences=true");
        plain.Output.ShouldContain("of 0 files");
        linted.ExitCode.ShouldBe(0, linted.Output);
        linted.Output.ShouldContain("of 2 files");
    }

    private static string Read(ZipArchive zip, string entryName)
    {
        using var reader = new StreamReader(zip.GetEntry(entryName)!.Open());
        return reader.ReadToEnd();
    }
}
