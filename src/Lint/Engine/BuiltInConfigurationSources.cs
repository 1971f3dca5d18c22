using IacTest.Lint.Configuration;
using IacTest.Lint.Families.Ansible.Configuration;
using IacTest.Lint.Families.Kubernetes.Configuration;
using IacTest.Lint.Families.Secrets.Configuration;
using IacTest.Lint.Families.Terraform.Configuration;
using IacTest.Lint.Families.Yaml.Configuration;

namespace IacTest.Lint.Engine;

/// <summary>
/// Every configuration source the engine reads, created explicitly so the list survives trimming and Native AOT.
/// A meta-test fails, naming the class, when a source class is missing here.
/// </summary>
public static class BuiltInConfigurationSources
{
    /// <summary>A fresh instance of every built-in source, in the order they apply.</summary>
    public static IReadOnlyList<IConfigurationSource> Create()
    {
        IConfigurationSource[] sources =
        [
            new AnsibleLintConfigurationSource(),
            new YamllintConfigurationSource(),
            new KubeLinterConfigurationSource(),
            new TflintConfigurationSource(),
            new SecretsBaselineSource(),
        ];
        return sources.OrderBy(s => s.Order).ToArray();
    }
}
