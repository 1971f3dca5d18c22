using IacTest.Lint.Classification;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Files;

namespace IacTest.Lint.Rules;

/// <summary>
/// One self-describing lint rule: identity, defaults, options and documentation live with the check, so adding a
/// rule is adding one class (plus its fixtures). Rules are stateless and shared across threads.
/// </summary>
public abstract class LintRule
{
    /// <summary>The IacTest code, <c>IACnnnn</c>, unique across all rules.</summary>
    public abstract string Code { get; }

    /// <summary>The upstream-compatible name (<c>trailing-spaces</c>, <c>no-changed-when</c>).</summary>
    public abstract string Name { get; }

    /// <summary>A one-line title.</summary>
    public abstract string Title { get; }

    /// <summary>Which reference tool's configuration and suppression comments govern the rule.</summary>
    public abstract RuleFamily Family { get; }

    /// <summary>The severity when configuration says nothing.</summary>
    public virtual Severity DefaultSeverity => Severity.Error;

    /// <summary>Whether the rule runs when configuration says nothing.</summary>
    public virtual bool EnabledByDefault => true;

    /// <summary>Tags for grouping (<c>formatting</c>, <c>security</c>, …).</summary>
    public virtual IReadOnlyList<string> Tags => [];

    /// <summary>The options the rule takes, with defaults.</summary>
    public virtual IReadOnlyList<RuleOption> Options => [];

    /// <summary>Sub-ids the rule may report (<c>action-core</c> for <c>fqcn[action-core]</c>).</summary>
    public virtual IReadOnlyList<string> SubIds => [];

    /// <summary>What the rule checks and why (Markdown).</summary>
    public abstract string Description { get; }

    /// <summary>A file the rule reports on.</summary>
    public abstract string BadExample { get; }

    /// <summary>The same file, corrected.</summary>
    public abstract string GoodExample { get; }

    /// <summary>Options the examples are meant for, when the defaults report nothing (e.g. a rule whose checks are all opt-in).</summary>
    public virtual IReadOnlyDictionary<string, object?> ExampleOptions { get; } = new Dictionary<string, object?>();

    /// <summary>The path the examples are linted under (it decides the file kind, e.g. <c>roles/web/tasks/main.yml</c>).</summary>
    public virtual string ExamplePath => "example.yaml";

    /// <summary>Whether the rule looks at files of this kind. Default: every YAML file.</summary>
    public virtual bool AppliesTo(FileKind kind) => true;

    /// <summary>
    /// What the rule reads besides the file it checks (default: nothing). A rule whose findings depend on other files
    /// must declare them here, or the build's per-file cache serves its findings after those files changed.
    /// </summary>
    public virtual RuleReads Reads => RuleReads.FileOnly;

    /// <summary>
    /// Whether the rule's <see cref="Reads"/> hold for this file: a rule whose findings can depend on other files only
    /// for some files (an Argo CD or Flux object among the manifests) says no for the others, so a change elsewhere does
    /// not make every file of its kind stale. Default: yes.
    /// </summary>
    public virtual bool ReadsOtherFilesFor(LintFile file) => true;

    /// <summary>The language of the files the rule reads: HCL for the Terraform family, YAML for every other.</summary>
    public virtual Files.SourceLanguage Language => Family == RuleFamily.Terraform ? Files.SourceLanguage.Hcl : Files.SourceLanguage.Yaml;

    /// <summary>Whether the rule needs the token stream (and so a file that scans).</summary>
    public virtual bool NeedsDocuments => Family is not RuleFamily.Yaml;

    /// <summary>Whether the rule reads the file's scanner tokens: the engine lets them go after the last such rule.</summary>
    internal virtual bool ReadsTokens => false;

    /// <summary>The rule's mechanical fix (<c>iactest lint --fix</c>), or null when a finding needs a person's judgement.</summary>
    internal virtual Fixes.RuleFix? Fix => null;

    /// <summary>Whether <c>iactest lint --fix</c> fixes the rule's findings (those its fix can place safely).</summary>
    public bool FixesAutomatically => Fix is not null;

    /// <summary>Checks one file and reports through <paramref name="context"/>.</summary>
    public abstract void Check(RuleContext context);

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Name}";
}
