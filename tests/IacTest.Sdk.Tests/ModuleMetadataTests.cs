using System.IO.Compression;
using System.Xml.Linq;

namespace IacTest.Sdk.Tests;

/// <summary>The optional <c>IacModule</c> metadata and the pack-wide excludes do what the table says; mistakes are errors.</summary>
[Collection(PackedSdkCollection.Name)]
public sealed class ModuleMetadataTests(PackedSdkFixture sdk)
{
    [Fact]
    public async Task Name_Kind_and_excludes_shape_the_package_and_mistakes_fail_the_pack()
    {
        // Given three modules: a Compose project renamed, a role with a folder left out, a folder of a stated kind
        var project = sdk.CreateProject("acme-stack", """
            <Project Sdk="IacTest.Sdk/$(Version)">
              <PropertyGroup>
                <PackageId>Acme.Stack</PackageId>
                <Version>2.0.0</Version>
                <IacModulePackExcludes>**/*.md</IacModulePackExcludes>
              </PropertyGroup>
              <ItemGroup>
                <IacModule Include="deploy/compose" Name="shop" />
                <IacModule Include="roles/web">
                  <Name>acme_web</Name>
                  <PackExclude>files/secret/**</PackExclude>
                </IacModule>
                <IacModule Include="k8s" Kind="kubernetes" />
              </ItemGroup>
            </Project>
            """);
        project.Write("deploy/compose/compose.yaml", "---\nservices:\n  web:\n    image: nginx:1.25\n");
        project.Write("deploy/compose/README.md", "# Shop\n");
        project.Write("roles/web/tasks/main.yml", "---\n- name: Say hello\n  ansible.builtin.debug:\n    msg: hello\n");
        project.Write("roles/web/files/index.html", "<p>hello</p>\n");
        project.Write("roles/web/files/secret/key.txt", "not for the package\n");
        project.Write("k8s/notes.txt", "manifests come later\n");

        // When it is packed
        var pack = await project.PackAsync(Path.Combine(project.Folder, "out"));

        // Then each module is under its name, without the excluded files, with its kind
        pack.ExitCode.ShouldBe(0, pack.Output);
        using (var zip = ZipFile.OpenRead(Path.Combine(project.Folder, "out", "Acme.Stack.2.0.0.nupkg")))
        {
            var entries = zip.Entries.Select(entry => entry.FullName).Where(name => name.StartsWith("iac/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            entries.ShouldBe(["iac/modules/acme_web/files/index.html", "iac/modules/acme_web/tasks/main.yml", "iac/modules/k8s/notes.txt", "iac/modules/shop/compose.yaml"]);
            using var props = zip.GetEntry("buildTransitive/Acme.Stack.props")!.Open();
            XDocument.Load(props).Descendants("IacModuleReference")
                .Select(reference => $"{reference.Attribute("Include")!.Value}={reference.Element("Kind")!.Value}")
                .ShouldBe(["shop=compose", "acme_web=ansible-role", "k8s=kubernetes"]);
        }

        // When a module folder is missing and a kind is unknown
        File.WriteAllText(Path.Combine(project.Folder, "acme-stack.csproj"), $"""
            <Project Sdk="IacTest.Sdk/{sdk.Version}">
              <ItemGroup>
                <IacModule Include="roles/missing" />
                <IacModule Include="roles/web" Kind="helm" />
              </ItemGroup>
            </Project>
            """);
        var bad = await project.PackAsync(Path.Combine(project.Folder, "out-bad"));

        // Then the pack fails and says which and why
        bad.ExitCode.ShouldNotBe(0);
        bad.Output.ShouldContain("error IAC0010: IacModule 'roles/missing' is not a folder");
        bad.Output.ShouldContain("error IAC0011: IacModule 'roles/web': Kind 'helm' is not one of ansible-role, ansible-collection, kubernetes, compose, files.");
    }
}
