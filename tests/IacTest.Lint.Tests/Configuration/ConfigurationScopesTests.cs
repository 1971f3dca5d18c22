using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;

namespace IacTest.Lint.Tests.Configuration;

public sealed class ConfigurationScopesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-scopes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_collection_with_config_ansible_lint_yml_is_a_scope_whose_paths_are_relative_to_the_collection()
    {
        // Given a collection configured in .config/ansible-lint.yml, excluding its tests/ folder
        var collection = Path.Combine(_folder, "collections", "ansible_collections", "acme", "tools");
        Write(Path.Combine(collection, ".config", "ansible-lint.yml"), "---\nexclude_paths:\n  - tests/\n");
        var excluded = Write(Path.Combine(collection, "tests", "integration", "targets", "x", "tasks", "main.yml"), "---\n");
        var linted = Write(Path.Combine(collection, "roles", "sysctl", "tasks", "main.yml"), "---\n");
        var own = Write("site.yml", "---\n");

        // When the files are grouped by configuration
        var result = ConfigurationScopes.Load(new ConfigurationRequest { Directory = _folder }, [own, linted, excluded]);

        // Then the project's file has the project's, the collection's files the collection's, its exclusion relative to it
        result.Problems.ShouldBeEmpty();
        result.Scopes.Count.ShouldBe(2);
        result.Scopes[0].Files.ShouldBe([own]);
        var scope = result.Scopes[1];
        scope.Directory.ShouldBe(collection);
        scope.Files.ShouldBe([linted, excluded]);
        PathPattern.IsIgnored(scope.Configuration.Ignore, excluded).ShouldBeTrue();
        PathPattern.IsIgnored(scope.Configuration.Ignore, linted).ShouldBeFalse();
    }

    [Fact]
    public void Without_discovery_every_file_has_the_projects_configuration()
    {
        Write(Path.Combine("roles", "x", ".yamllint"), "extends: relaxed\n");
        var file = Write(Path.Combine("roles", "x", "tasks", "main.yml"), "---\n");

        var result = ConfigurationScopes.Load(new ConfigurationRequest { Directory = _folder, Discover = false }, [file]);

        result.Scopes.Single().Files.ShouldBe([file]);
    }

    [Fact]
    public void A_nested_configuration_error_is_reported_once_in_its_own_file()
    {
        // Given two roles sharing a broken project .ansible-lint, one with its own yamllint file
        Write(".ansible-lint", "---\nprofile: strictest\n");
        Write(Path.Combine("roles", "a", ".yamllint"), "extends: default\n");
        var a = Write(Path.Combine("roles", "a", "tasks", "main.yml"), "---\n");
        var b = Write(Path.Combine("roles", "b", "tasks", "main.yml"), "---\n");

        // When the files are grouped
        var result = ConfigurationScopes.Load(new ConfigurationRequest { Directory = _folder }, [a, b]);

        // Then the project's mistake, read by both scopes, is one finding
        result.Problems.Single().File.ShouldBe(Path.Combine(_folder, ".ansible-lint"));
    }

    [Fact]
    public void A_yamllint_rule_set_to_false_is_disabled_as_yamllint_reads_it()
    {
        Write(".yamllint", "extends: default\nrules:\n  document-start: false\n");

        var loaded = ConfigurationDiscovery.Load(new ConfigurationRequest { Directory = _folder });

        loaded.Problems.ShouldBeEmpty();
        loaded.Configuration.Rules["document-start"].Enabled.ShouldBe(false);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
