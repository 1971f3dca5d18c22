using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>
/// A tflint rule that looks at the whole module (unused declarations, required version and providers, the standard
/// structure): it reads every configuration file of the checked file's folder and declares so for the cache. The rule
/// runs once per module state and options — not once per file, which made a module of n files cost n² — and each
/// file reports the findings that fall in it, so each finding is reported once, by its own file.
/// </summary>
internal abstract class TerraformModuleRule : TerraformRule
{
    // Runs of this rule per module (the weakly held list of its files) and options, shared by the module's files.
    private readonly ConditionalWeakTable<IReadOnlyList<TerraformModuleFile>, ConcurrentDictionary<RuleOptionValues, Lazy<TerraformModuleCheck>>> _runs = new();

    /// <inheritdoc />
    public sealed override RuleReads Reads => TerraformModuleFiles.Reads;

    /// <inheritdoc />
    protected sealed override void Check(RuleContext context, HclFile file)
    {
        var (module, checkedPath) = TerraformModuleFiles.Of(context.File);
        var run = _runs.GetValue(module.Files, static _ => new ConcurrentDictionary<RuleOptionValues, Lazy<TerraformModuleCheck>>(ReferenceEqualityComparer.Instance))
            .GetOrAdd(context.Options, options => new Lazy<TerraformModuleCheck>(() => Run(options, module)))
            .Value;
        foreach (var (path, range, message) in run.Findings)
        {
            if (string.Equals(path, checkedPath, StringComparison.Ordinal))
            {
                Report(context, range, message);
            }
        }
    }

    /// <summary>Checks the module, reporting findings in any of its files through <paramref name="check"/>.</summary>
    protected abstract void Check(TerraformModuleCheck check, TerraformModuleView module);

    /// <summary>
    /// The file a module-wide finding goes to when tflint names a file the module does not have (<c>main.tf</c> of a
    /// module without one): the first of <paramref name="preferred"/> that exists, else the module's first file by
    /// name. Reported at its first line, so each such finding is reported once.
    /// </summary>
    protected static TerraformModuleFile Anchor(IReadOnlyList<TerraformModuleFile> module, params string[] preferred) =>
        preferred.Select(name => module.FirstOrDefault(f => f.Name == name)).FirstOrDefault(f => f is not null) ?? module[0];

    private TerraformModuleCheck Run(RuleOptionValues options, TerraformModuleView module)
    {
        var check = new TerraformModuleCheck(options);
        Check(check, module);
        return check;
    }
}
