using IacTest.Lint.Hcl;

namespace IacTest.Lint.Rules.Terraform;

/// <summary>
/// A tflint rule that looks at the whole module (unused declarations, required version and providers, the standard
/// structure): it reads every configuration file of the checked file's folder, declares so for the cache, and
/// reports only the findings that fall in the checked file, so each finding is reported once, by its own file.
/// </summary>
public abstract class TerraformModuleRule : TerraformRule
{
    /// <inheritdoc />
    public sealed override RuleReads Reads => TerraformModuleFiles.Reads;

    /// <inheritdoc />
    protected sealed override void Check(RuleContext context, HclFile file) => Check(context, TerraformModuleFiles.Of(context.File));

    /// <summary>Checks the module, one of whose files is the checked file.</summary>
    protected abstract void Check(RuleContext context, TerraformModuleView module);

    /// <summary>Reports a finding located in <paramref name="file"/>, when that is the checked file.</summary>
    protected static void Report(RuleContext context, TerraformModuleFile file, HclRange range, string message)
    {
        if (file.IsChecked)
        {
            Report(context, range, message);
        }
    }

    /// <summary>
    /// The file a module-wide finding goes to when tflint names a file the module does not have (<c>main.tf</c> of a
    /// module without one): the first of <paramref name="preferred"/> that exists, else the module's first file by
    /// name. Reported at its first line, so each such finding is reported once.
    /// </summary>
    protected static TerraformModuleFile Anchor(IReadOnlyList<TerraformModuleFile> module, params string[] preferred) =>
        preferred.Select(name => module.FirstOrDefault(f => f.Name == name)).FirstOrDefault(f => f is not null) ?? module[0];
}
