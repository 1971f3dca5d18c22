using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Tests.Engine;

/// <summary>What rules declare they read besides the file, and what the engine records of it for each file.</summary>
public sealed class RuleReadsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-reads-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_file_a_folder_reading_rule_ran_on_depends_on_its_folders_manifests_and_a_plain_file_on_nothing()
    {
        // Given a Service manifest and a plain YAML file in one folder
        var service = Write("svc.yaml", "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n");
        var plain = Write("values.yaml", "---\nreplicas: 2\n");

        // When the engine lints them
        var results = new LintEngine().LintFiles([service, plain], new LintConfiguration());

        // Then the Service depends on the folder's YAML files, as dangling-service declares, and on whether a
        // kustomization near it applies it as a patch; the plain file depends on none
        results[0].Reads.ShouldBe([new FolderRead(_folder, ".yaml|.yml"), .. KustomizationReads(_folder)]);
        results[1].Reads.ShouldBeEmpty();
    }

    [Fact]
    public void A_reading_rule_that_is_switched_off_adds_no_dependency()
    {
        // Given a Service manifest, linted with both folder-reading rules off
        var service = Write("svc.yaml", "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n");
        var configuration = new LintConfiguration();
        foreach (var rule in BuiltInRules.Catalog.Rules.Where(r => r.Reads.ReadsOtherFiles))
        {
            configuration.For(rule.Code).Enabled = false;
        }

        // When the engine lints it, then it depends on no other manifest, only on the kustomizations that could make it a patch
        new LintEngine().LintFiles([service], configuration)[0].Reads.ShouldBe(KustomizationReads(_folder));
    }

    // The folder and the two above it, where a kustomization that applies the file as a patch would be.
    private static List<FolderRead> KustomizationReads(string folder)
    {
        var reads = new List<FolderRead>();
        for (string? current = folder; current is not null && reads.Count < 3; current = Path.GetDirectoryName(current))
        {
            reads.Add(new FolderRead(current, "Kustomization|kustomization.yaml|kustomization.yml"));
        }

        return reads;
    }

    [Fact]
    public void The_cross_object_Kubernetes_rules_declare_the_folder_manifests_they_read()
    {
        BuiltInRules.Catalog.Find("dangling-service")!.Reads.FolderFileSuffixes.ShouldBe([".yaml", ".yml"]);
        BuiltInRules.Catalog.Find("non-existent-service-account")!.Reads.FolderFileSuffixes.ShouldBe([".yaml", ".yml"]);
        BuiltInRules.Catalog.Find("trailing-spaces")!.Reads.ShouldBeSameAs(RuleReads.FileOnly);
    }

    [Fact]
    public void A_folder_read_covers_the_names_ending_with_its_suffixes()
    {
        var read = FolderRead.Of(RuleReads.FolderFiles(".yml", ".yaml", ".yml"), Path.Combine(_folder, "svc.yaml"))!;

        read.ShouldBe(new FolderRead(_folder, ".yaml|.yml"));
        read.Covers("deploy.yml").ShouldBeTrue();
        read.Covers("README.md").ShouldBeFalse();
        FolderRead.Of(RuleReads.FileOnly, Path.Combine(_folder, "svc.yaml")).ShouldBeNull();
        Should.Throw<ArgumentException>(() => RuleReads.FolderFiles());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
