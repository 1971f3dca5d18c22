using IacTest.Lint.Classification;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Compose.Rules;

/// <summary>A Compose check: runs over each service of the file's <c>services</c> mapping.</summary>
internal abstract class ComposeRule : LintRule
{
    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Compose;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["compose", "security"];

    /// <inheritdoc />
    public override string ExamplePath => "compose.yaml";

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind is FileKind.Compose;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        foreach (var document in context.File.Documents)
        {
            if (document.Root is YMapping root && root["services"] is YMapping services)
            {
                CheckServices(context, services);
            }
        }
    }

    /// <summary>Checks the services; by default each one in turn.</summary>
    protected virtual void CheckServices(RuleContext context, YMapping services)
    {
        foreach (var pair in services.Pairs)
        {
            if (pair.Key is YScalar name && pair.Value is YMapping service)
            {
                CheckService(context, name, service);
            }
        }
    }

    /// <summary>Checks one service.</summary>
    protected virtual void CheckService(RuleContext context, YScalar name, YMapping service)
    {
    }
}
