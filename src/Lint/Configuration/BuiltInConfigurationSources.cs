namespace IacTest.Lint.Configuration;

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
            new AnsibleLint.AnsibleLintConfigurationSource(),
            new Yamllint.YamllintConfigurationSource(),
            new KubeLinter.KubeLinterConfigurationSource(),
            new Tflint.TflintConfigurationSource(),
            new Secrets.SecretsBaselineSource(),
        ];
        return sources.OrderBy(s => s.Order).ToArray();
    }
}
